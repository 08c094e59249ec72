import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { distIsCurrent } from '../../bin/dist-is-current.js';
import { ContractError } from '../core/errors.ts';
import { benchLargeDocument } from './bench-large-document.ts';
import { formatFigure, meets, type Figure } from './bench-figure.ts';
import { measureProcess, type MeasuredProcess } from './bench-process.ts';
import { BIN, cleanEnv, ROOT } from './bench-env.ts';
import { throughputFigures } from './bench-throughput.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

type Env = Record<string, string | undefined>;
type Print = (line: string) => void;

/**
 * Scripts of bench/ the bench runs after its own figures, each in its own process (`node --import tsx`, from
 * the checkout's root, only if the file exists): a script prints its figures, one per line, and exits 0 when
 * every one meets its target, 1 when one misses. Add a script here to have `npm run bench` report it.
 */
const BENCH_SCRIPTS = [
  // MOCK FUZZ (issue "Unbreakable" item 6): the mock under 64 connections and 100,000 fuzzed requests.
  'bench/mock-fuzz.ts',
];

/**
 * The figures are those of the bundled CLI users run: when src/ changed since the last build, bin/contract.js
 * would run the sources through tsx (slower, heavier), so the bench builds dist/ first. Safe here: a stale
 * dist/ means this very process runs from src/.
 */
function ensureBuilt(print: Print): void {
  if (distIsCurrent(ROOT)) return;
  print('bench: dist/ is older than src/: building it first (npm run build)');
  const built = spawnSync(process.execPath, [join(ROOT, 'bin', 'build.js')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new ContractError('OAC_ERR_INTERNAL', 'bench: npm run build failed');
}

/** The median of three runs of a short command (this machine is shared: one run says little). */
async function median3(args: string[], env: Env): Promise<MeasuredProcess> {
  const runs: MeasuredProcess[] = [];
  for (let i = 0; i < 3; i += 1) {
    const run = await measureProcess(process.execPath, [BIN, ...args], {
      env: cleanEnv(env),
      timeoutMs: 60_000,
    });
    if (run.code !== 0)
      throw new ContractError(
        'OAC_ERR_INTERNAL',
        `bench: contract ${args.join(' ')} exited ${run.code}: ${run.stderr.trim()}`,
      );
    runs.push(run);
  }
  const [, middle] = runs.sort((a, b) => a.seconds - b.seconds);
  if (middle === undefined) throw new ContractError('OAC_ERR_INTERNAL', 'bench: no run measured');
  return middle;
}

async function startupFigures(env: Env): Promise<Figure[]> {
  const help = await median3(['--help'], env);
  const plan = await median3(['plan'], env);
  return [
    {
      name: 'node bin/contract.js --help: wall time',
      value: help.seconds,
      unit: 's',
      target: { op: '<', bound: 0.3 },
    },
    {
      name: 'node bin/contract.js --help: peak RSS',
      value: help.peakTreeMiB,
      unit: 'MiB',
      target: { op: '<', bound: 80 },
    },
    {
      name: 'contract plan (seed document): wall time',
      value: plan.seconds,
      unit: 's',
      target: { op: '<', bound: 0.6 },
    },
  ];
}

/** `npm run contract`, as a user types it: the default run against the bundled mock. */
async function contractRunFigures(env: Env): Promise<Figure[]> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const dir = mkdtempSync(join(tmpdir(), 'contract-bench-'));
  const runEnv = {
    ...cleanEnv(env),
    CONTRACT_REPORT_DIR: join(dir, 'reports'),
    CONTRACT_LEDGER_DIR: join(dir, 'ledger'),
  };
  const run = await measureProcess(npm, ['run', '--silent', 'contract'], {
    env: runEnv,
    timeoutMs: 600_000,
    cwd: ROOT,
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
  if (run.code !== 0)
    throw new ContractError(
      'OAC_ERR_INTERNAL',
      `bench: npm run contract exited ${run.code}: ${run.stderr.trim().split('\n')[0] ?? ''}`,
    );
  const cases = /(\d+) cases/.exec(run.stdout)?.[1];
  return [
    {
      name: 'npm run contract: wall time',
      value: run.seconds,
      unit: 's',
      target: { op: '<', bound: 3 },
      ...(cases ? { note: `${cases} cases` } : {}),
    },
    {
      name: 'npm run contract: peak RSS, whole process tree',
      value: run.peakTreeMiB,
      unit: 'MiB',
      target: { op: '<', bound: 250 },
    },
  ];
}

/** `npm test` takes minutes: measured only when asked (CONTRACT_BENCH_TESTS=1). */
async function testFigures(env: Env): Promise<Figure[]> {
  const name = 'npm test: wall time';
  if (env.CONTRACT_BENCH_TESTS !== '1')
    return [{ name, unit: 's', target: { op: '<', bound: 180 }, note: 'CONTRACT_BENCH_TESTS=1 to measure' }];
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = await measureProcess(npm, ['test', '--silent'], {
    env: cleanEnv(env),
    timeoutMs: 1_800_000,
    cwd: ROOT,
  });
  const note = run.code === 0 ? undefined : `failed, exit ${run.code}`;
  return [
    { name, value: run.seconds, unit: 's', target: { op: '<', bound: 180 }, ...(note ? { note } : {}) },
  ];
}

/** Each script of bench/ in its own process (through tsx: bench/ is not compiled); true when it passed. */
async function runBenchScripts(env: Env, print: Print): Promise<boolean> {
  let passed = true;
  for (const script of BENCH_SCRIPTS) {
    if (!existsSync(`${ROOT}${script}`)) continue;
    print(`${script}:`);
    const run = await measureProcess(process.execPath, ['--import', 'tsx', script], {
      env: cleanEnv(env),
      timeoutMs: 900_000,
      cwd: ROOT,
    });
    for (const line of `${run.stdout}${run.stderr}`.trimEnd().split('\n')) print(`  ${line}`);
    print(
      `  (exit ${run.code}, ${run.seconds.toFixed(1)} s, peak RSS of its process tree ${Math.round(run.peakTreeMiB)} MiB)`,
    );
    passed &&= run.code === 0;
  }
  return passed;
}

/**
 * `npm run bench`: every figure of issue "One in-process engine" with its target, measured on this machine
 * against the bundled mock; exit 1 when one misses. Then the scripts of bench/ and, for information, the
 * time to load and plan a large document (GitHub's, or CONTRACT_BENCH_SPEC; `none` skips it).
 */
export async function benchCommand(env: Env, print: Print): Promise<ExitCode> {
  // Wall times depend on what else the machine does: say how busy it was.
  const [load = 0] = loadavg();
  print(`bench: load average ${load.toFixed(1)} on ${availableParallelism()} cores at the start`);
  ensureBuilt(print);
  print(`  ${'figure'.padEnd(52)} ${'measured'.padEnd(16)} target`);
  const figures: Figure[] = [];
  for (const measure of [startupFigures, contractRunFigures, throughputFigures, testFigures]) {
    const measured = await measure(env);
    for (const figure of measured) print(formatFigure(figure));
    figures.push(...measured);
  }
  const scriptsPassed = await runBenchScripts(env, print);
  if (env.CONTRACT_BENCH_SPEC !== 'none') await benchLargeDocument(env, print);
  const missed = figures.filter((figure) => !meets(figure));
  print(
    missed.length === 0 && scriptsPassed
      ? 'bench: every target met'
      : `bench: ${missed.length} target(s) missed${scriptsPassed ? '' : ', a bench script failed'}`,
  );
  return missed.length === 0 && scriptsPassed ? EXIT.ok : EXIT.violations;
}
