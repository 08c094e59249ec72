import type { RunSession } from '../../../run/types.ts';
import { findKeyOperations } from './find-key-operations.ts';
import type { KeyTracker } from './key-tracker.ts';
import { listKeys } from './list-keys.ts';
import { listedRevocation } from './listed-revocation.ts';
import { revokeKeys } from './revoke-keys.ts';

/** What the end-of-run clean-up did with the keys the run minted. */
export interface CleanupReport {
  minted: number;
  revoked: number;
  failed: { id: string; outcome: string }[];
  /** Keys whose revocation answered 404 that nothing showed gone: left active, and in the ledger. */
  unconfirmed: { id: string; outcome: string }[];
  /** Set when nothing could be revoked, with why (e.g. the document declares no revoke operation). */
  unrevocable?: string;
  /** Minted ids a final list still shows active; undefined when the list cannot tell. */
  stillActive?: string[];
  problems: string[];
}

/** Lists the account of the run's keys and returns those of its ids not shown revoked. */
async function stillActive(session: RunSession, keys: KeyTracker): Promise<string[] | undefined> {
  const ops = findKeyOperations(session.compiled, session.checkOptions.secretFields);
  const first = keys.minted()[0];
  if (ops?.list === undefined || first === undefined) return undefined;
  const listed = await listKeys(session, ops.list, first.pathParams);
  if (!listed.ok) return undefined;
  const mine = new Set(keys.minted().map((key) => key.id));
  const states = listed.items.filter((item) => mine.has(String(item['id'])));
  if (states.some((item) => listedRevocation(item) === undefined)) return undefined;
  return states.filter((item) => listedRevocation(item) === false).map((item) => String(item['id']));
}

/**
 * Revokes every key the run minted and has not revoked yet, then checks with a list that none is left
 * active. Meant for the end of a run, whatever its outcome, and for an interrupt.
 */
export async function revokeRunKeys(session: RunSession, keys: KeyTracker): Promise<CleanupReport> {
  const active = keys.active();
  const base = {
    minted: keys.minted().length,
    revoked: 0,
    failed: [],
    unconfirmed: [],
    problems: [...keys.problems()],
  };
  if (active.length === 0) return { ...base, stillActive: await stillActive(session, keys) };
  const ops = findKeyOperations(session.compiled, session.checkOptions.secretFields);
  if (ops?.revoke === undefined || ops.keyParam === undefined) {
    const why = `${session.specChoice.source} declares no operation to revoke a key`;
    return { ...base, unrevocable: why };
  }
  const outcome = await revokeKeys(
    session,
    { operation: ops.revoke, keyParam: ops.keyParam, list: ops.list },
    active,
    session.config.concurrency,
  );
  // Only keys shown revoked are marked: the others stay in the ledger for `contract cleanup`.
  for (const id of outcome.done) keys.markRevoked(id);
  return {
    ...base,
    revoked: outcome.done.length,
    failed: outcome.failed,
    unconfirmed: outcome.unconfirmed,
    stillActive: await stillActive(session, keys),
  };
}
