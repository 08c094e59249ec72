import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../core/result.ts';
import { COMMAND_NAMES } from './command-names.ts';
import { nearestName } from './nearest-name.ts';

/** Every flag of `contract run`, and the environment variable it stands for. */
export const RUN_FLAGS = {
  'base-url': 'CONTRACT_BASE_URL',
  spec: 'CONTRACT_SPEC',
  token: 'CONTRACT_TOKEN',
  'forbidden-token': 'CONTRACT_FORBIDDEN_TOKEN',
  'service-account-id': 'CONTRACT_SERVICE_ACCOUNT_ID',
  seed: 'CONTRACT_SEED',
  runs: 'CONTRACT_RUNS',
  'timeout-ms': 'CONTRACT_TIMEOUT_MS',
  'shrink-seconds': 'CONTRACT_SHRINK_SECONDS',
  concurrency: 'CONTRACT_CONCURRENCY',
  'max-response-bytes': 'CONTRACT_MAX_RESPONSE_BYTES',
  'response-time-limit-ms': 'CONTRACT_RESPONSE_TIME_LIMIT_MS',
  'disable-checks': 'CONTRACT_DISABLE_CHECKS',
  'secret-fields': 'CONTRACT_SECRET_FIELDS',
  'report-dir': 'CONTRACT_REPORT_DIR',
  baseline: 'CONTRACT_BASELINE',
  shard: 'CONTRACT_SHARD',
  'max-creates': 'CONTRACT_MAX_CREATES',
  rate: 'CONTRACT_RATE',
  'production-urls': 'CONTRACT_PRODUCTION_URLS',
  'run-id': 'CONTRACT_RUN_ID',
  'ledger-dir': 'CONTRACT_LEDGER_DIR',
  'path-params': 'CONTRACT_PATH_PARAMS',
  include: 'CONTRACT_INCLUDE',
  exclude: 'CONTRACT_EXCLUDE',
  operation: 'CONTRACT_OPERATION',
} as const;

export interface CliArguments {
  command: string;
  positionals: string[];
  /** CONTRACT_* variables from flags, to lay over the environment. */
  env: Record<string, string>;
  strict: boolean;
  help: boolean;
  port?: number;
  /** `contract diff`: the two documents (path or URL). */
  base?: string;
  head?: string;
  /** `contract diff` / `contract compare`: print JSON instead of text. */
  json: boolean;
  /** `run --dry-run`: print the plan instead of sending (same as `contract plan`). */
  dryRun: boolean;
  /** `contract baseline update`: expiry date and note of the entries it adds. */
  expires?: string;
  note?: string;
  /** `contract cleanup`: revoke only keys older than this (`30m`, `1h`, `2d`, `0`). */
  olderThan?: string;
}

const stringOptions = Object.fromEntries(
  Object.keys(RUN_FLAGS).map((flag) => [flag, { type: 'string' as const }]),
);

/** Every option `contract` accepts (flags of run first); anything else is a usage error. */
const OPTIONS = {
  ...stringOptions,
  strict: { type: 'boolean' as const },
  'allow-production': { type: 'boolean' as const },
  help: { type: 'boolean' as const, short: 'h' },
  port: { type: 'string' as const },
  'disable-check': { type: 'string' as const, multiple: true },
  base: { type: 'string' as const },
  head: { type: 'string' as const },
  json: { type: 'boolean' as const },
  'dry-run': { type: 'boolean' as const },
  expires: { type: 'string' as const },
  note: { type: 'string' as const },
  'older-than': { type: 'string' as const },
};

/** `--frobnicate`: the nearest flag (or command, for `--plan`) when one is near enough to be a typo. */
function unknownOption(option: string): string {
  const name = option.replace(/^-+/, '');
  const flag = nearestName(name, Object.keys(OPTIONS));
  const command = flag === undefined ? nearestName(name, COMMAND_NAMES) : undefined;
  const hint =
    flag !== undefined
      ? `; did you mean --${flag}?`
      : command !== undefined
        ? `; did you mean \`contract ${command}\`?`
        : '';
  return `unknown option ${option}${hint}`;
}

/** Node's parseArgs messages, said in one short line of ours. */
function usageLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return unknownOption(option);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `option ${option} takes no value`;
    const dash = /ambiguous/.test(message) ? ` (a value starting with "-": ${option}=-X)` : '';
    return `option ${option} needs a value${dash}`;
  }
  return message.split('\n')[0] ?? message;
}

function parse(argv: string[]): Result<ReturnType<typeof parseArgs>> {
  try {
    return ok(parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    return err('OAC_ERR_USAGE', `${usageLine(error)} (see contract --help)`);
  }
}

function portOf(raw: string | boolean | (string | boolean)[] | undefined): Result<number | undefined> {
  if (raw === undefined) return ok(undefined);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return err('OAC_ERR_USAGE', `--port must be 0..65535, got "${String(raw)}"`);
  return ok(port);
}

/** Parses argv; an unknown flag or a missing value is a usage error (exit 2), never a stack trace. */
export function parseCliArguments(argv: string[]): Result<CliArguments> {
  const parsed = parse(argv);
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  const env: Record<string, string> = {};
  for (const [flag, variable] of Object.entries(RUN_FLAGS)) {
    const value = values[flag];
    if (typeof value === 'string') env[variable] = value;
  }
  const disabled = values['disable-check'];
  if (Array.isArray(disabled))
    env.CONTRACT_DISABLE_CHECKS = [env.CONTRACT_DISABLE_CHECKS, ...disabled].filter(Boolean).join(',');
  if (values.strict === true) env.CONTRACT_STRICT = '1';
  if (values['allow-production'] === true) env.CONTRACT_ALLOW_PRODUCTION = '1';
  const port = portOf(values.port);
  if (!port.ok) return port;
  const [command = 'run', ...rest] = positionals;
  return ok({
    command,
    positionals: rest,
    env,
    strict: values.strict === true,
    help: values.help === true,
    port: port.value,
    base: typeof values.base === 'string' ? values.base : undefined,
    head: typeof values.head === 'string' ? values.head : undefined,
    json: values.json === true,
    dryRun: values['dry-run'] === true,
    expires: typeof values.expires === 'string' ? values.expires : undefined,
    note: typeof values.note === 'string' ? values.note : undefined,
    olderThan: typeof values['older-than'] === 'string' ? values['older-than'] : undefined,
  });
}
