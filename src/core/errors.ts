/**
 * Tool errors: the spec, the configuration or the tool itself is wrong (exit code 2).
 * They are kept apart from failures (the API under test is wrong, exit code 1).
 * Codes are stable: scripts and docs may rely on them (README, "Error codes").
 */
export const ERROR_CODES = {
  OAC_ERR_USAGE: 'a flag, argument or environment variable is wrong',
  OAC_ERR_SPEC_READ: 'the OpenAPI document cannot be read (file or URL)',
  OAC_ERR_SPEC_PARSE: 'the OpenAPI document is not valid YAML or JSON',
  OAC_ERR_SPEC_INVALID: 'the document is not a valid OpenAPI 3.0/3.1 document',
  OAC_ERR_SPEC_VERSION: 'the document is not OpenAPI 3.0 or 3.1 (e.g. Swagger 2.0)',
  OAC_ERR_REF_UNRESOLVED: 'a $ref in the document cannot be resolved',
  OAC_ERR_SCHEMA_COMPILE: 'a schema in the document cannot be compiled by ajv',
  OAC_ERR_OPERATION_NOT_FOUND: 'the requested operation is not in the document',
  OAC_ERR_UNSUPPORTED: 'the document uses a feature this tool does not support yet',
  OAC_ERR_TARGET_UNREACHABLE: 'the target base URL does not answer',
  OAC_ERR_TARGET_FAILING: 'the target keeps failing at the transport level (time-outs, resets, no answer)',
  OAC_ERR_RATE_LIMITED: 'the target is rate-limiting: it answers 429 Too Many Requests to everything',
  OAC_ERR_MOCK_START: 'the bundled mock server could not start',
  OAC_ERR_REPORT_WRITE: 'a report file could not be written',
  OAC_ERR_REPLAY_READ: 'a replay file cannot be read',
  OAC_ERR_REPLAY_INVALID: 'a replay file is not valid JSON or not a replay file this tool can send',
  OAC_ERR_BASELINE_READ: 'the baseline file cannot be read',
  OAC_ERR_BASELINE_INVALID: 'the baseline file is not valid JSON or not a baseline (bad entry or date)',
  OAC_ERR_PLAN: 'an operation cannot be planned (it is skipped; the others run)',
  OAC_ERR_CHECK_FAILED: 'a check threw while judging an exchange (a bug of the check, not of the API)',
  OAC_ERR_INTERRUPTED: 'the run was interrupted (Ctrl-C, SIGTERM): it stopped before every case was sent',
  OAC_ERR_INTERNAL: 'a bug in this tool',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  /** One line, for the console: `OAC_ERR_SPEC_READ: cannot read spec ./x.yaml (ENOENT)`. */
  oneLine(): string {
    return `${this.code}: ${this.message.split('\n')[0] ?? ''}`;
  }
}

export function isContractError(value: unknown): value is ContractError {
  return value instanceof ContractError;
}
