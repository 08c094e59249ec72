import { epochMs, listedRevocation } from './listed-revocation.ts';
import type { LedgerKey } from './read-ledgers.ts';
import { findRunTag } from './run-tag.ts';

/** A key a contract run left active, found in a list by its name's tag or its id in a ledger. */
export interface LeftoverKey {
  id: string;
  name?: string;
  runId: string;
  /** Milliseconds since the key was made, by the latest of the times known (list, ledger, run tag). */
  ageMs: number;
  foundBy: 'tag' | 'ledger' | 'tag and ledger';
  pathParams: Record<string, string>;
}

export interface Selection {
  leftovers: LeftoverKey[];
  /** Keys of contract runs younger than the limit (a run may still be using them). */
  young: number;
  alreadyRevoked: number;
  /** Keys that no contract run made: never touched. */
  notOurs: number;
}

export interface SelectOptions {
  olderThanMs: number;
  /** Only the keys of this run. */
  runId?: string;
  now: number;
}

function ageOf(item: Record<string, unknown>, ledger: LedgerKey | undefined, tagAt: number | undefined, now: number) {
  const known = [epochMs(item['createdAt'] ?? item['created_at']), ledger?.mintedAt, tagAt].filter(
    (at): at is number => at !== undefined && Number.isFinite(at),
  );
  // The youngest time wins: a key is never taken for older than any source says.
  return known.length === 0 ? 0 : now - Math.max(...known);
}

/**
 * Sorts listed keys: ours (a run tag in the name, or the id in a ledger) and active and old enough are
 * leftovers; everything else is counted, never touched.
 */
export function selectLeftovers(
  items: readonly Record<string, unknown>[],
  ledger: ReadonlyMap<string, LedgerKey>,
  pathParams: Record<string, string>,
  options: SelectOptions,
): Selection {
  const selection: Selection = { leftovers: [], young: 0, alreadyRevoked: 0, notOurs: 0 };
  for (const item of items) {
    const id = String(item['id']);
    const name = typeof item['name'] === 'string' ? item['name'] : undefined;
    const tag = name === undefined ? undefined : findRunTag(name);
    const inLedger = ledger.get(id);
    const runId = inLedger?.runId ?? tag?.runId;
    if (runId === undefined || (options.runId !== undefined && runId !== options.runId)) selection.notOurs += 1;
    else if (listedRevocation(item, options.now) === true) selection.alreadyRevoked += 1;
    else {
      const ageMs = ageOf(item, inLedger, tag?.startedAt, options.now);
      if (ageMs < options.olderThanMs) selection.young += 1;
      else {
        const foundBy = tag && inLedger ? 'tag and ledger' : tag ? 'tag' : 'ledger';
        selection.leftovers.push({ id, name, runId, ageMs, foundBy, pathParams: inLedger?.pathParams ?? pathParams });
      }
    }
  }
  return selection;
}
