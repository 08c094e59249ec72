import { setTimeout as sleep } from 'node:timers/promises';
import { ContractError } from '../core/errors.ts';
import { cleanUpLeftovers, type LeftoverReport } from '../extensions/api-keys/keys/clean-up-leftovers.ts';
import { DEFAULT_LEDGER_DIR } from '../extensions/api-keys/keys/ledger-entry.ts';
import { openSession } from '../run/open-session.ts';
import { readRunConfig } from '../run/run-config.ts';
import type { RunSession } from '../run/types.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { formatAge, parseAge } from './parse-age.ts';

type Print = (line: string) => void;

/** Keys of a running contract run are this young at most: left alone unless told otherwise. */
const DEFAULT_OLDER_THAN = '1h';
/** With --run-id, the run may still be minting (an interrupt): rounds until one finds nothing. */
const SETTLE_ROUNDS = 5;
const SETTLE_PAUSE_MS = 500;

function summary(report: LeftoverReport, olderThan: string): string {
  return (
    `cleanup: revoked ${report.revoked.length} key(s) left by contract runs; ` +
    `${report.young} younger than ${olderThan} kept, ${report.alreadyRevoked} already revoked, ` +
    `${report.notOurs} not made by a contract run untouched` +
    (report.failed.length > 0 ? `; ${report.failed.length} could not be revoked` : '')
  );
}

function printReport(report: LeftoverReport, print: Print): void {
  for (const key of report.revoked)
    print(
      `  revoked ${key.id} ${JSON.stringify(key.name ?? '')} (run ${key.runId}, ${formatAge(key.ageMs)} old, found by ${key.foundBy})`,
    );
  for (const failure of report.failed) print(`  NOT revoked ${failure.id}: ${failure.outcome}`);
  for (const account of report.unlisted) print(`  could not list ${account}`);
}

/** Waits `ms` between rounds; tests pass one that takes no real time. */
type Pause = (ms: number) => Promise<unknown>;

async function rounds(
  session: RunSession,
  options: Parameters<typeof cleanUpLeftovers>[1],
  print: Print,
  pause: Pause,
) {
  const total: LeftoverReport[] = [];
  for (let round = 0; round < (options.runId === undefined ? 1 : SETTLE_ROUNDS); round++) {
    if (round > 0) await pause(SETTLE_PAUSE_MS);
    const report = await cleanUpLeftovers(session, options);
    if (!report.ok) throw report.error;
    printReport(report.value, print);
    total.push(report.value);
    if (report.value.revoked.length === 0 && report.value.failed.length === 0) break;
  }
  return total;
}

/**
 * `contract cleanup [--older-than 1h]`: revokes the keys earlier runs left active on CONTRACT_BASE_URL's
 * account: those whose name carries a run tag or whose id is in a ledger, older than the limit. With
 * CONTRACT_RUN_ID (`--run-id`), only that run's keys. Exit 1 when a key could not be revoked.
 */
export async function cleanupCommand(
  olderThanFlag: string | undefined,
  env: Record<string, string | undefined>,
  print: Print,
  pause: Pause = sleep,
): Promise<ExitCode> {
  const olderThan = olderThanFlag ?? DEFAULT_OLDER_THAN;
  const olderThanMs = parseAge(olderThan);
  if (!olderThanMs.ok) throw olderThanMs.error;
  const config = readRunConfig(env);
  if (!config.ok) throw config.error;
  const { baseUrl } = config.value;
  if (baseUrl === undefined)
    throw new ContractError(
      'OAC_ERR_USAGE',
      'contract cleanup needs CONTRACT_BASE_URL (--base-url): the server to clean',
    );
  const session = await openSession(config.value, baseUrl);
  if (!session.ok) throw session.error;
  try {
    const ledgerDir = config.value.ledgerDir ?? DEFAULT_LEDGER_DIR;
    const runId = env.CONTRACT_RUN_ID || undefined;
    const options = { olderThanMs: olderThanMs.value, ledgerDir, runId };
    const reports = await rounds(session.value, options, print, pause);
    // The first round saw the account as it was; later ones only catch keys minted meanwhile.
    const [first] = reports;
    const last = reports[reports.length - 1];
    const revoked = reports.flatMap((report) => report.revoked);
    if (first !== undefined && last !== undefined)
      print(summary({ ...first, revoked, failed: last.failed }, olderThan));
    return (last?.failed.length ?? 0) > 0 ? EXIT.violations : EXIT.ok;
  } finally {
    await session.value.close();
  }
}
