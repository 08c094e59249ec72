import { err, ok, type Result } from '../core/result.ts';
import { MOCK_DEFAULTS } from './defaults.ts';
import { isFaultName } from './faults.ts';
import type { MockOptions, ResolvedMockOptions } from './types.ts';

const TOKEN_PATTERN = /^[\x21-\x7e]+$/;
const ACCOUNT_PATTERN = /^[^/?#\s]+$/;

function isCount(value: number, min: number, max = Number.MAX_SAFE_INTEGER): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function numberProblems(r: ResolvedMockOptions): [boolean, string][] {
  return [
    [isCount(r.port, 0, 65_535), `port ${r.port} is not an integer in 0..65535`],
    [isCount(r.quota, 0), `quota ${r.quota} is not a non-negative integer`],
    [isCount(r.maxBodyBytes, 1), `maxBodyBytes ${r.maxBodyBytes} is not a positive integer`],
    [isCount(r.latencyMs, 0), `latencyMs ${r.latencyMs} is not a non-negative integer`],
    [isCount(r.slowMs, 0), `slowMs ${r.slowMs} is not a non-negative integer`],
  ];
}

function identityProblems(r: ResolvedMockOptions): [boolean, string][] {
  const badToken = [r.token, r.readOnlyToken].find((token) => !TOKEN_PATTERN.test(token));
  const badAccount = r.serviceAccounts.find((id) => !ACCOUNT_PATTERN.test(id));
  return [
    [r.host !== '', 'host is empty'],
    [
      badToken === undefined,
      `token ${JSON.stringify(badToken)} is empty or has spaces or control characters`,
    ],
    [r.token !== r.readOnlyToken, 'the full and read-only tokens are the same'],
    [r.serviceAccounts.length > 0, 'serviceAccounts is empty'],
    [badAccount === undefined, `service account id ${JSON.stringify(badAccount)} is not a URL path segment`],
    [new Set(r.serviceAccounts).size === r.serviceAccounts.length, 'serviceAccounts has duplicates'],
  ];
}

/** The first problem with the options, in words, or undefined. */
function problemWith(options: MockOptions, resolved: ResolvedMockOptions): string | undefined {
  const unknownFault = (options.faults ?? []).find((fault) => !isFaultName(fault));
  if (unknownFault !== undefined) return `unknown fault ${JSON.stringify(unknownFault)}`;
  const failed = [...numberProblems(resolved), ...identityProblems(resolved)].find(([passes]) => !passes);
  return failed?.[1];
}

/** An id none of the known accounts uses. */
function unknownAccount(known: readonly string[]): string {
  let id: string = MOCK_DEFAULTS.unknownServiceAccountId;
  while (known.includes(id)) id += '_x';
  return id;
}

/** Fills in defaults and checks every option, so a bad one fails at start with a message naming it. */
export function resolveMockOptions(options: MockOptions = {}): Result<ResolvedMockOptions> {
  const serviceAccounts = options.serviceAccounts ?? [
    MOCK_DEFAULTS.serviceAccountId,
    MOCK_DEFAULTS.secondServiceAccountId,
  ];
  const resolved: ResolvedMockOptions = {
    port: options.port ?? MOCK_DEFAULTS.port,
    host: options.host ?? MOCK_DEFAULTS.host,
    token: options.tokens?.full ?? MOCK_DEFAULTS.token,
    readOnlyToken: options.tokens?.readOnly ?? MOCK_DEFAULTS.readOnlyToken,
    serviceAccounts: [...serviceAccounts],
    unknownServiceAccountId: unknownAccount(serviceAccounts),
    quota: options.quota ?? MOCK_DEFAULTS.quota,
    maxBodyBytes: options.maxBodyBytes ?? MOCK_DEFAULTS.maxBodyBytes,
    specPath: options.specPath ?? MOCK_DEFAULTS.specPath,
    faults: new Set((options.faults ?? []).filter(isFaultName)),
    latencyMs: options.latencyMs ?? 0,
    slowMs: options.slowMs ?? MOCK_DEFAULTS.slowMs,
  };
  const problem = problemWith(options, resolved);
  return problem === undefined ? ok(resolved) : err('OAC_ERR_USAGE', `startMockServer: ${problem}`);
}
