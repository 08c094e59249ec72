import fc from 'fast-check';
import { err, ok, type Result } from '../../../core/result.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import { planOperation } from '../../../run/plan-operation.ts';
import type { RunSession } from '../../../run/types.ts';
import { appendLedger } from './append-ledger.ts';
import { findKeyOperations } from './find-key-operations.ts';
import { selectLeftovers, type LeftoverKey, type Selection } from './leftover-keys.ts';
import { listKeys } from './list-keys.ts';
import { pruneLedgers } from './prune-ledgers.ts';
import { readLedgerNames, type LedgerName } from './read-ledger-names.ts';
import { readLedgers, type LedgerKey } from './read-ledgers.ts';
import { revokeKeys } from './revoke-keys.ts';

export interface CleanupOptions {
  olderThanMs: number;
  ledgerDir: string;
  runId?: string;
  now?: number;
}

export interface LeftoverReport extends Selection {
  revoked: LeftoverKey[];
  failed: { id: string; outcome: string }[];
  /** Accounts whose keys could not be listed, with why (their ledger keys are still revoked by id). */
  unlisted: string[];
}

/** The account path parameters the configured run uses (from a valid list request). */
function configuredAccount(session: RunSession, listId: string): Record<string, string> {
  const planned = planOperation(session, listId);
  if (!planned.ok) return {};
  return (
    fc.sample(planned.value.plan.positive, { seed: session.config.seed, numRuns: 1 })[0]?.pathParams ?? {}
  );
}

function ledgerKeys(session: RunSession, options: CleanupOptions): Map<string, LedgerKey> {
  const keys = readLedgers(options.ledgerDir).filter(
    (key) => key.baseUrl === session.baseUrl && (options.runId === undefined || key.runId === options.runId),
  );
  return new Map(keys.map((key) => [key.id, key]));
}

function ledgerNames(session: RunSession, options: CleanupOptions): Map<string, LedgerName> {
  const names = readLedgerNames(options.ledgerDir).filter(
    (sent) =>
      sent.baseUrl === session.baseUrl && (options.runId === undefined || sent.runId === options.runId),
  );
  return new Map(names.map((sent) => [sent.name, sent]));
}

/** Ledger keys no list showed: still revoked by id (they are ours), when old enough and not revoked yet. */
function unlistedLeftovers(
  ledger: Map<string, LedgerKey>,
  seen: Set<string>,
  options: CleanupOptions,
  now: number,
) {
  return [...ledger.values()]
    .filter((key) => !seen.has(key.id) && !key.revoked && now - key.mintedAt >= options.olderThanMs)
    .map((key): LeftoverKey => ({ ...key, ageMs: now - key.mintedAt, foundBy: 'ledger' }));
}

/** Every account to look at: the configured one, and those the ledgers name. */
function accountsOf(session: RunSession, listId: string, ledger: Map<string, LedgerKey>) {
  const accounts = new Map<string, Record<string, string>>();
  for (const params of [
    configuredAccount(session, listId),
    ...[...ledger.values()].map((key) => key.pathParams),
  ])
    accounts.set(JSON.stringify(params), params);
  return accounts;
}

type Ops = { list: CompiledOperation; revoke: CompiledOperation; keyParam: string };

/** Lists each account and sorts its keys; ledger keys no list showed are leftovers too. */
async function collect(
  session: RunSession,
  ops: Ops,
  ledger: Map<string, LedgerKey>,
  options: CleanupOptions & { now: number },
): Promise<LeftoverReport> {
  const report: LeftoverReport = {
    leftovers: [],
    young: 0,
    alreadyRevoked: 0,
    notOurs: 0,
    revoked: [],
    failed: [],
    unlisted: [],
  };
  const seen = new Set<string>();
  const index = { keys: ledger, names: ledgerNames(session, options) };
  for (const [label, params] of accountsOf(session, ops.list.operation.operationId, ledger)) {
    const listed = await listKeys(session, ops.list, params);
    if (!listed.ok) {
      report.unlisted.push(`${label}: ${listed.why}`);
      continue;
    }
    for (const item of listed.items) seen.add(String(item['id']));
    const selection = selectLeftovers(listed.items, index, params, options);
    report.leftovers.push(...selection.leftovers);
    report.young += selection.young;
    report.alreadyRevoked += selection.alreadyRevoked;
    report.notOurs += selection.notOurs;
  }
  report.leftovers.push(...unlistedLeftovers(ledger, seen, options, options.now));
  return report;
}

/**
 * `contract cleanup`: lists the account's keys and revokes those a contract run made (its tag in the name,
 * or its id in a ledger) that are still active and older than the limit; never any other key. Revocations
 * are written to the ledgers, and ledgers with nothing left to revoke are deleted.
 */
export async function cleanUpLeftovers(
  session: RunSession,
  options: CleanupOptions,
): Promise<Result<LeftoverReport>> {
  const found = findKeyOperations(session.compiled, session.checkOptions.secretFields);
  if (found?.list === undefined || found.revoke === undefined || found.keyParam === undefined)
    return err(
      'OAC_ERR_OPERATION_NOT_FOUND',
      `${session.specChoice.source} declares no list and revoke operations for keys`,
    );
  const ops: Ops = { list: found.list, revoke: found.revoke, keyParam: found.keyParam };
  const now = options.now ?? Date.now();
  const ledger = ledgerKeys(session, options);
  const report = await collect(session, ops, ledger, { ...options, now });
  const revoke = { operation: ops.revoke, keyParam: ops.keyParam, list: ops.list };
  const outcome = await revokeKeys(session, revoke, report.leftovers, session.config.concurrency);
  const done = new Set(outcome.done);
  report.revoked = report.leftovers.filter((key) => done.has(key.id));
  report.failed = [...outcome.failed, ...outcome.unconfirmed];
  for (const key of report.revoked.filter((revoked) => ledger.has(revoked.id)))
    appendLedger(options.ledgerDir, {
      event: 'revoked',
      runId: key.runId,
      baseUrl: session.baseUrl,
      id: key.id,
      at: now,
    });
  pruneLedgers(options.ledgerDir);
  return ok(report);
}
