import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractError } from '../core/errors.ts';
import { MOCK_DEFAULTS } from '../mock/defaults.ts';
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
  const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('CONTRACT_')));
  return {
    ...clean,
    NO_COLOR: '1',
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
async function timedRun(
  bin: string,
  env: Env,
  url: string,
  runs: number,
): Promise<{ seconds: number; cases: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'contract-bench-'));
  try {
    const run = await measureProcess(process.execPath, [bin, 'run'], {
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
export async function steadyCaseRate(bin: string, env: Env, url: string, runs: number): Promise<number> {
  const small = await timedRun(bin, env, url, Math.max(1, Math.round(runs / 100)));
  const large = await timedRun(bin, env, url, runs);
  const extra = large.cases - small.cases;
  if (extra <= 0 || large.seconds <= small.seconds)
    throw new ContractError(
      'OAC_ERR_INTERNAL',
      `bench: CONTRACT_RUNS=${runs} sent no more cases than a small run`,
    );
  return extra / (large.seconds - small.seconds);
}
