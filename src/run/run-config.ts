import { err, ok, type Result } from '../core/result.ts';
import { readCredentialsConfig, type CredentialsConfig } from './credentials-config.ts';
import { newRunId, RUN_ID_PATTERN } from './run-marker/run-id.ts';
import { readOperationSelection, type OperationSelection } from './operation-selection.ts';
import { readPathParams } from './path-params.ts';
import { parseShard, type Shard } from './shard.ts';
import { readSafetyConfig, type SafetyConfig } from './safety/safety-config.ts';

/** Everything a contract run needs to know, from environment variables (and the same CLI flags). */
export interface RunConfig extends SafetyConfig {
  /** Undefined: the suite starts the bundled mock and targets it. */
  baseUrl?: string;
  /** Path or URL of the OpenAPI document; undefined: the target's live document, else the pinned fixture. */
  spec?: string;
  token: string;
  forbiddenToken?: string;
  /** Per-scheme credentials (CONTRACT_AUTH_*): resolve them against the document with resolveCredentials. */
  credentials: CredentialsConfig;
  serviceAccountId: string;
  /** Known-good path parameter values by name (CONTRACT_PATH_PARAMS); see knownPathParams. */
  pathParams?: Record<string, string>;
  seed: number;
  /** Generated cases per property (positive and negative phases). */
  runs: number;
  timeoutMs: number;
  /** Time the whole run may spend shrinking failures (0: none are shrunk). */
  shrinkSeconds: number;
  maxResponseBytes: number;
  concurrency: number;
  strict: boolean;
  disabledChecks: string[];
  secretFields: string[];
  responseTimeLimitMs?: number;
  /** Names the run's keys (`contract-<run id>-` in their names) and its key ledger; random when unset. */
  runId?: string;
  /** The target forgets everything when the run ends (the bundled mock): nothing to clean up there. */
  disposableTarget?: boolean;
  /** Where the key ledger (`ledger-<run id>.jsonl`) is written; unset: no ledger file. */
  ledgerDir?: string;
  /** CONTRACT_OPERATION: the one operation to run (an error when the document lacks it). */
  operation?: string;
  /** CONTRACT_INCLUDE / CONTRACT_EXCLUDE. */
  selection: OperationSelection;
  /** CONTRACT_SHARD: this process's share of the operations. */
  shard?: Shard;
}

/** The bundled mock's credentials: the defaults, so `npm run contract` needs no set-up. */
export const MOCK_DEFAULTS = {
  token: 'mock-token-full-0123456789abcdef',
  forbiddenToken: 'mock-token-readonly-0123456789ab',
  serviceAccountId: 'sa_contract_mock',
} as const;

type Env = Record<string, string | undefined>;

function integer(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): Result<number> {
  const raw = env[name];
  if (raw === undefined || raw === '') return ok(fallback);
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max)
    return err('OAC_ERR_USAGE', `${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return ok(value);
}

/** Generated cases per property phase at most: 100,000 (about a minute per phase against a local server). */
export const MAX_RUNS = 100_000;

function baseUrl(raw: string | undefined): Result<string | undefined> {
  if (raw === undefined || raw === '') return ok(undefined);
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return ok(raw.replace(/\/+$/, ''));
  } catch {
    return err('OAC_ERR_USAGE', `CONTRACT_BASE_URL must be an http(s) URL, got "${raw}"`);
  }
}

function list(raw: string | undefined, fallback: string[]): string[] {
  if (raw === undefined || raw.trim() === '') return fallback;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function flag(raw: string | undefined): boolean {
  return raw !== undefined && ['1', 'true', 'yes'].includes(raw.toLowerCase());
}

function defaultSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

/**
 * Credentials: the bundled mock's by default; against a real server, no CONTRACT_TOKEN means no credential
 * (the run says which scheme it cannot satisfy), never the mock's token.
 */
function credentialsOf(
  env: Env,
  mock: boolean,
): Pick<RunConfig, 'token' | 'forbiddenToken' | 'credentials' | 'serviceAccountId'> {
  return {
    token: env.CONTRACT_TOKEN || (mock ? MOCK_DEFAULTS.token : ''),
    forbiddenToken: env.CONTRACT_FORBIDDEN_TOKEN || (mock ? MOCK_DEFAULTS.forbiddenToken : undefined),
    credentials: readCredentialsConfig(env),
    serviceAccountId: env.CONTRACT_SERVICE_ACCOUNT_ID || MOCK_DEFAULTS.serviceAccountId,
  };
}

/** Reads CONTRACT_* variables; a wrong value is a usage error naming the variable. */
export function readRunConfig(env: Env): Result<RunConfig> {
  const numbers = {
    seed: integer(env, 'CONTRACT_SEED', defaultSeed(), 0),
    runs: integer(env, 'CONTRACT_RUNS', 100, 1, MAX_RUNS),
    timeoutMs: integer(env, 'CONTRACT_TIMEOUT_MS', 5000, 1),
    shrinkSeconds: integer(env, 'CONTRACT_SHRINK_SECONDS', 60, 0),
    maxResponseBytes: integer(env, 'CONTRACT_MAX_RESPONSE_BYTES', 1024 * 1024, 1),
    concurrency: integer(env, 'CONTRACT_CONCURRENCY', 8, 1),
    responseTimeLimitMs: integer(env, 'CONTRACT_RESPONSE_TIME_LIMIT_MS', 0, 0),
  };
  for (const result of Object.values(numbers)) if (!result.ok) return result;
  const url = baseUrl(env.CONTRACT_BASE_URL);
  if (!url.ok) return url;
  const runId = env.CONTRACT_RUN_ID || newRunId();
  if (!RUN_ID_PATTERN.test(runId))
    return err('OAC_ERR_USAGE', `CONTRACT_RUN_ID must be 10 characters of [0-9a-z], got "${runId}"`);
  const safety = readSafetyConfig(env, url.value);
  if (!safety.ok) return safety;
  const pathParams = readPathParams(env.CONTRACT_PATH_PARAMS);
  if (!pathParams.ok) return pathParams;
  const selection = readOperationSelection(env);
  if (!selection.ok) return selection;
  const shard = parseShard(env.CONTRACT_SHARD);
  if (!shard.ok) return shard;
  const value = (result: Result<number>): number => (result.ok ? result.value : 0);
  return ok({
    ...safety.value,
    baseUrl: url.value,
    spec: env.CONTRACT_SPEC || undefined,
    ...credentialsOf(env, url.value === undefined),
    pathParams: pathParams.value,
    seed: value(numbers.seed),
    runs: value(numbers.runs),
    timeoutMs: value(numbers.timeoutMs),
    shrinkSeconds: value(numbers.shrinkSeconds),
    maxResponseBytes: value(numbers.maxResponseBytes),
    concurrency: value(numbers.concurrency),
    strict: flag(env.CONTRACT_STRICT),
    disabledChecks: list(env.CONTRACT_DISABLE_CHECKS, []),
    secretFields: list(env.CONTRACT_SECRET_FIELDS, ['value']),
    responseTimeLimitMs: value(numbers.responseTimeLimitMs) || undefined,
    runId,
    ledgerDir: env.CONTRACT_LEDGER_DIR || undefined,
    operation: env.CONTRACT_OPERATION?.trim() || undefined,
    selection: selection.value,
    shard: shard.value,
  });
}
