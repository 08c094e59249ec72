import type { CompiledOperation } from '../../../schema/types.ts';
import type { CaseSender } from '../../../run/hand-made-case.ts';
import { listKeys, type ListedKeys } from './list-keys.ts';
import { listedRevocation } from './listed-revocation.ts';
import type { KeyRef } from './revoke-keys.ts';

export interface Confirmation {
  /** Keys the list shows revoked, or leaves out of a complete list: no longer active. */
  gone: string[];
  /** Keys nothing shows gone, with why: maybe still active. */
  unconfirmed: { id: string; outcome: string }[];
}

const NOT_GONE = 'answered 404, not confirmed';

/** What one account's list says of one key: undefined when it is gone, else why that is not certain. */
function verdict(listed: ListedKeys, id: string): string | undefined {
  if (!listed.ok) return `${NOT_GONE}: the list ${listed.why}`;
  const item = listed.items.find((listedItem) => String(listedItem['id']) === id);
  if (item === undefined) return listed.complete ? undefined : `${NOT_GONE}: the list may not show every key`;
  const revoked = listedRevocation(item);
  if (revoked === true) return undefined;
  return `${NOT_GONE}: the list ${revoked === false ? 'shows it active' : 'shows it, not whether it is revoked'}`;
}

/** The key's path values the list operation uses: the account, whatever else minted it (a rotated key's id). */
function accountOf(list: CompiledOperation, key: KeyRef): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name = ''] of list.operation.path.matchAll(/\{([^}]+)\}/g)) {
    const value = key.pathParams[name];
    if (value !== undefined) params[name] = value;
  }
  return params;
}

/**
 * Whether keys whose revocation answered 404 are really gone. A 404 is not "already gone" for a key this run
 * minted moments ago (a server without the revoke route answers 404 too): the document's list operation
 * decides, once per account. Without one, none is confirmed.
 */
export async function confirmGone(
  sender: CaseSender,
  list: CompiledOperation | undefined,
  keys: readonly KeyRef[],
): Promise<Confirmation> {
  const confirmation: Confirmation = { gone: [], unconfirmed: [] };
  if (list === undefined) {
    const outcome = `${NOT_GONE}: the document declares no operation to list keys`;
    confirmation.unconfirmed = keys.map((key) => ({ id: key.id, outcome }));
    return confirmation;
  }
  const lists = new Map<string, Promise<ListedKeys>>();
  for (const key of keys) {
    const params = accountOf(list, key);
    const account = JSON.stringify(params);
    const listed = lists.get(account) ?? listKeys(sender, list, params);
    lists.set(account, listed);
    const outcome = verdict(await listed, key.id);
    if (outcome === undefined) confirmation.gone.push(key.id);
    else confirmation.unconfirmed.push({ id: key.id, outcome });
  }
  return confirmation;
}
