import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractError } from '../core/errors.ts';
import { MOCK_DEFAULTS } from '../mock/defaults.ts';
import { BIN, cleanEnv } from './bench-env.ts';
import type { Figure } from './bench-figure.ts';
import { measureProcess } from './bench-process.ts';

type Env = Record<string, string | undefined>;

const KEYS_PATH = `/api/v0/service-accounts/${MOCK_DEFAULTS.serviceAccountId}/api-keys`;

/**
 * What autocannon gets from the server: 10 connections sending one fixed valid POST (a create, each with a
 * fresh name so that every answer is a 201 and not a cheaper 409), for a few seconds; answers per second.
 */
export async function autocannonRate(url: string, seconds: number): Promise<number> {
  const loaded = await import('autocannon').catch(() => undefined);
  if (loaded === undefined)
    throw new ContractError(
      'OAC_ERR_USAGE',
      'bench: autocannon is not installed (a dev dependency: run npm ci)',
    );
  const result = await loaded.default({
    url: `${url}${KEYS_PATH}`,
    method: 'POST',
    headers: { authorization: `Bearer ${MOCK_DEFAULTS.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench-[<id>]' }),
    idReplacement: true,
    connections: 10,
    duration: seconds,
  });
  if (result['2xx'] === 0 || result.errors > result['2xx'])
    throw new ContractError(
      'OAC_ERR_TARGET_UNREACHABLE',
      `bench: autocannon got ${result['2xx']} 2xx answers from ${url}`,
    );
  return result.requests.total / result.duration;
}

/** Env of a `contract run` against the mock process: its tokens, no budget or rate limit, its own dirs. */
function runEnv(env: Env, url: string, dir: string, runs: number): Env {
  return {
    ...cleanEnv(env),
    CONTRACT_BASE_URL: url,
    CONTRACT_TOKEN: MOCK_DEFAULTS.token,
    CONTRACT_FORBIDDEN_TOKEN: MOCK_DEFAULTS.readOnlyToken,
    CONTRACT_SERVICE_ACCOUNT_ID: MOCK_DEFAULTS.serviceAccountId,
    CONTRACT_SPEC: MOCK_DEFAULTS.specPath,
    CONTRACT_MAX_CREATES: 'unlimited',
    CONTRACT_RATE: 'unlimited',
    CONTRACT_SEED: '1',
    CONTRACT_RUNS: String(runs),
    CONTRACT_REPORT_DIR: join(dir, 'reports'),
    CONTRACT_LEDGER_DIR: join(dir, 'ledger'),
  };
}

/** One `contract run` of `runs` against the URL: its wall time and the cases its report.json counts. */
async function timedRun(env: Env, url: string, runs: number): Promise<{ seconds: number; cases: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'contract-bench-'));
  try {
    const run = await measureProcess(process.execPath, [BIN, 'run'], {
      env: runEnv(env, url, dir, runs),
      timeoutMs: 600_000,
    });
    if (run.code !== 0 && run.code !== 1)
      throw new ContractError(
        'OAC_ERR_INTERNAL',
        `bench: contract run (runs ${runs}) exited ${run.code}: ${run.stderr.trim().split('\n')[0] ?? ''}`,
      );
    const report = JSON.parse(readFileSync(join(dir, 'reports', 'report.json'), 'utf8')) as { cases: number };
    return { seconds: run.seconds, cases: report.cases };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Checked cases per second in the steady state: two real runs (CONTRACT_RUNS=small and =large) against the
 * same server, and the rate of the cases the large one sends more, so start-up and planning cancel out.
 */
export async function steadyCaseRate(
  env: Env,
  url: string,
  runs: number,
): Promise<{ rate: number; note: string }> {
  const small = await timedRun(env, url, Math.max(1, Math.round(runs / 100)));
  const large = await timedRun(env, url, runs);
  const extra = large.cases - small.cases;
  const note = `${large.cases} cases in ${large.seconds.toFixed(1)} s, ${small.cases} in ${small.seconds.toFixed(1)} s`;
  if (extra <= 0)
    throw new ContractError(
      'OAC_ERR_INTERNAL',
      `bench: CONTRACT_RUNS=${runs} sent no more cases than a small run (${note})`,
    );
  // On a busy machine the small run may take as long: then the whole large run's rate, a lower bound.
  if (large.seconds <= small.seconds)
    return { rate: large.cases / large.seconds, note: `whole run: ${note}` };
  return { rate: extra / (large.seconds - small.seconds), note };
}

/** The mock in its own process (`contract mock`, the create operation only), as a real server would be. */
function startMockProcess(env: Env): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const args = [BIN, 'mock', '--port', '0', '--spec', MOCK_DEFAULTS.specPath];
    const child = spawn(process.execPath, args, { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /Mock server listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined) resolve({ url, child });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', () =>
      reject(new ContractError('OAC_ERR_MOCK_START', `bench: the mock process ended: ${output.trim()}`)),
    );
  });
}

/** Steady-state checked cases/s of `contract run` against a simple server, beside autocannon's rate on it. */
export async function throughputFigures(env: Env): Promise<Figure[]> {
  const runs = Number(env.CONTRACT_BENCH_RUNS ?? 10_000);
  const { url, child } = await startMockProcess(env);
  try {
    const raw = await autocannonRate(url, 5);
    const { rate, note } = await steadyCaseRate(env, url, runs);
    return [
      { name: 'autocannon: one fixed valid POST, 10 connections', value: raw, unit: 'req/s' },
      { name: `steady state, CONTRACT_RUNS=${runs}: checked cases/s`, value: rate, unit: 'cases/s', note },
      { name: 'steady state / autocannon', value: rate / raw, unit: 'x', target: { op: '>=', bound: 0.5 } },
    ];
  } finally {
    child.kill();
  }
}
