import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanUpLeftovers } from '../run/keys/clean-up-leftovers.ts';
import { DEFAULT_LEDGER_DIR, stopFileName } from '../run/keys/ledger-entry.ts';
import { newRunId } from '../run/keys/run-id.ts';
import { openSession } from '../run/open-session.ts';
import { readRunConfig } from '../run/run-config.ts';
import type { ExitCode } from './exit-codes.ts';

type Env = Record<string, string | undefined>;
type Print = (line: string) => void;

const BIN = fileURLToPath(new URL('../../bin/contract.js', import.meta.url));
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
const CLEANUP_TIMEOUT_MS = 120_000;

interface RunKeys {
  runId: string;
  /** Undefined against the bundled mock (unless CONTRACT_LEDGER_DIR is set): its keys die with it. */
  ledgerDir?: string;
  /** A server that outlives this process: its keys must be revoked (the bundled mock forgets them). */
  external: boolean;
}

function writeStopFile(dir: string, runId: string, signal: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, stopFileName(runId)), `${signal}\n`);
  } catch {
    // The suites' own signal handlers still halt them.
  }
}

/**
 * On Ctrl-C or SIGTERM: a stop file halts every suite of the run (they revoke their own keys), then, for a
 * real server, `contract cleanup` for this run's ledger runs to completion before the process exits. It runs
 * synchronously: vitest's own handler would end the process at the next tick.
 */
function onInterrupt(keys: RunKeys, print: Print) {
  return (signal: keyof typeof SIGNAL_EXIT): void => {
    const { ledgerDir } = keys;
    print(
      `contract: interrupted (${signal}); halting the run${keys.external ? ' and revoking its keys' : ''}`,
    );
    if (ledgerDir !== undefined) writeStopFile(ledgerDir, keys.runId, signal);
    if (keys.external && ledgerDir !== undefined)
      spawnSync(process.execPath, [BIN, 'cleanup', '--older-than', '0'], {
        env: { ...process.env, CONTRACT_RUN_ID: keys.runId, CONTRACT_LEDGER_DIR: ledgerDir },
        stdio: ['ignore', 'inherit', 'inherit'],
        timeout: CLEANUP_TIMEOUT_MS,
      });
    process.exit(SIGNAL_EXIT[signal]);
  };
}

/** After the suites: whatever they left active of this run (a crashed suite, a failed revoke) is revoked. */
async function sweep(keys: RunKeys, env: Env, print: Print): Promise<void> {
  const { ledgerDir } = keys;
  const config = readRunConfig(env);
  if (ledgerDir === undefined) return;
  if (!config.ok || config.value.baseUrl === undefined) return;
  const session = await openSession(config.value, config.value.baseUrl);
  if (!session.ok) return print(`clean-up: ${session.error.oneLine()}; run \`contract cleanup\``);
  try {
    const report = await cleanUpLeftovers(session.value, { olderThanMs: 0, ledgerDir, runId: keys.runId });
    if (!report.ok) return;
    const { revoked, failed } = report.value;
    if (revoked.length > 0) print(`clean-up: revoked ${revoked.length} key(s) the suites left active`);
    if (failed.length > 0)
      print(`clean-up: ${failed.length} key(s) could not be revoked; run \`contract cleanup\``);
  } finally {
    await session.value.close();
  }
}

/**
 * `contract run` with the safety net for keys: one run id for every suite (their names' tag, their
 * ledger), the interrupt handler, and a final sweep of the run's ledger against a real server.
 */
export async function withKeyCleanup(
  env: Env,
  run: () => Promise<ExitCode>,
  print: Print,
): Promise<ExitCode> {
  const external = Boolean(env.CONTRACT_BASE_URL);
  const keys: RunKeys = {
    runId: env.CONTRACT_RUN_ID || newRunId(),
    ledgerDir: env.CONTRACT_LEDGER_DIR || (external ? DEFAULT_LEDGER_DIR : undefined),
    external,
  };
  // The suites run in vitest workers: the run id and ledger travel in the environment.
  process.env.CONTRACT_RUN_ID = keys.runId;
  if (keys.ledgerDir !== undefined) process.env.CONTRACT_LEDGER_DIR = keys.ledgerDir;
  const interrupt = onInterrupt(keys, print);
  const handlers = (['SIGINT', 'SIGTERM'] as const).map(
    (signal) => [signal, () => interrupt(signal)] as const,
  );
  for (const [signal, handler] of handlers) process.once(signal, handler);
  try {
    return await run();
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    if (keys.external) await sweep(keys, { ...env, ...process.env }, print);
    if (keys.ledgerDir !== undefined) rmSync(join(keys.ledgerDir, stopFileName(keys.runId)), { force: true });
  }
}
