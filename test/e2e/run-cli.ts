import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one way tests start the CLI: `node bin/contract.js`, as a user does (see test/README.md). */
const BIN = fileURLToPath(new URL('../../bin/contract.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they came. */
  output: string;
}

export interface CliOptions {
  /** CONTRACT_* variables (and others) for the child; the test's own CONTRACT_* are never inherited. */
  env?: Record<string, string>;
  cwd?: string;
  /** In its own process group, as a shell runs a job: `process.kill(-child.pid, 'SIGINT')` is a Ctrl-C. */
  detached?: boolean;
}

/** Starts `contract ARGS`; `exit` settles when the process has ended and its output is read. */
export function startContract(
  args: string[],
  options: CliOptions = {},
): { child: ChildProcess; exit: Promise<CliRun> } {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('CONTRACT_')),
  );
  // Ledgers of a test's keys go to a temporary folder, never into the checkout.
  const ledger = { CONTRACT_LEDGER_DIR: mkdtempSync(join(tmpdir(), 'contract-ledger-')) };
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...clean, ...ledger, ...options.env, NO_COLOR: '1' },
    cwd: options.cwd,
    detached: options.detached === true,
  });
  const run = { stdout: '', stderr: '', output: '' };
  const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    run[stream] += chunk.toString();
    run.output += chunk.toString();
  };
  child.stdout?.on('data', collect('stdout'));
  child.stderr?.on('data', collect('stderr'));
  const exit = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, ...run })),
  );
  return { child, exit };
}

/** Runs `contract ARGS` to its end in its own process with only the given CONTRACT_* variables. */
export function contract(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<CliRun> {
  return startContract(args, { env, ...(cwd === undefined ? {} : { cwd }) }).exit;
}

/** Every file below `dir`, by path, as text. */
export function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}
