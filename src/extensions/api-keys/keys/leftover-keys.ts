import { epochMs, listedRevocation } from './listed-revocation.ts';
import type { LedgerName } from './read-ledger-names.ts';
import type { LedgerKey } from './read-ledgers.ts';
import { findRunTag } from '../../../run/run-marker/run-tag.ts';

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

/** A sent name as a ledger key: its run, account and time. */
function sentAs(
  sent: LedgerName | undefined,
): Pick<LedgerKey, 'runId' | 'pathParams' | 'mintedAt'> | undefined {
  return sent && { runId: sent.runId, pathParams: sent.pathParams, mintedAt: sent.sentAt };
}

export interface SelectOptions {
  olderThanMs: number;
  /** Only the keys of this run. */
  runId?: string;
  now: number;
}

function ageOf(
  item: Record<string, unknown>,
  ledgerAt: number | undefined,
  tagAt: number | undefined,
  now: number,
) {
  const known = [epochMs(item['createdAt'] ?? item['created_at']), ledgerAt, tagAt].filter(
    (at): at is number => at !== undefined && Number.isFinite(at),
  );
  // The youngest time wins: a key is never taken for older than any source says.
  return known.length === 0 ? 0 : now - Math.max(...known);
}

/** What the ledgers know: keys by id, and the unique names sent (for keys whose answer never came). */
export interface LedgerIndex {
  keys: ReadonlyMap<string, LedgerKey>;
  names: ReadonlyMap<string, LedgerName>;
}

type Verdict = { kind: 'notOurs' | 'alreadyRevoked' | 'young' } | { kind: 'leftover'; key: LeftoverKey };

/** What one listed key is to the clean-up. */
function judge(
  item: Record<string, unknown>,
  ledger: LedgerIndex,
  pathParams: Record<string, string>,
  options: SelectOptions,
): Verdict {
  const id = String(item['id']);
  const name = typeof item['name'] === 'string' ? item['name'] : undefined;
  const tag = name === undefined ? undefined : findRunTag(name);
  const inLedger = ledger.keys.get(id) ?? (name === undefined ? undefined : sentAs(ledger.names.get(name)));
  const runId = inLedger?.runId ?? tag?.runId;
  if (runId === undefined || (options.runId !== undefined && runId !== options.runId))
    return { kind: 'notOurs' };
  if (listedRevocation(item, options.now) === true) return { kind: 'alreadyRevoked' };
  const ageMs = ageOf(item, inLedger?.mintedAt, tag?.startedAt, options.now);
  if (ageMs < options.olderThanMs) return { kind: 'young' };
  const foundBy = tag && inLedger ? 'tag and ledger' : tag ? 'tag' : 'ledger';
  return {
    kind: 'leftover',
    key: { id, name, runId, ageMs, foundBy, pathParams: inLedger?.pathParams ?? pathParams },
  };
}

/**
 * Sorts listed keys: ours (a run tag in the name, the id in a ledger, or a name a run sent) and active and
 * old enough are leftovers; everything else is counted, never touched.
 */
export function selectLeftovers(
  items: readonly Record<string, unknown>[],
  ledger: LedgerIndex,
  pathParams: Record<string, string>,
  options: SelectOptions,
): Selection {
  const selection: Selection = { leftovers: [], young: 0, alreadyRevoked: 0, notOurs: 0 };
  for (const item of items) {
    const verdict = judge(item, ledger, pathParams, options);
    if (verdict.kind === 'leftover') selection.leftovers.push(verdict.key);
    else selection[verdict.kind] += 1;
  }
  return selection;
}
