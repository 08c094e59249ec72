import type { Redactor } from '../core/redact.ts';
import type { CompiledOperation, SchemaError } from '../schema/types.ts';
import type { Exchange } from '../http/types.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Where a check's rule comes from: the schema, HTTP itself, or the operation's prose description.
 * Description-derived checks can be switched off one by one while a team discusses the prose. */
export type CheckOrigin = 'schema' | 'http' | 'description';

export interface Evidence {
  expected: string;
  actual: string;
  status?: number;
  schemaErrors?: SchemaError[];
  /** A short, already redacted excerpt of the response body. */
  excerpt?: string;
}

export type CheckOutcome =
  | { status: 'passed' }
  /** Not applicable to this exchange. */
  | { status: 'skipped'; why: string }
  /** Acceptable but worth reporting: a 409 for a repeated name, a 402 for quota ("not exercised"). */
  | {
      status: 'noted';
      /** The reason, the same for every case it applies to: notes are grouped and counted by it. */
      message: string;
      /** One case it applied to (its title), shown once per reason. */
      example?: string;
    }
  | {
      status: 'failed';
      message: string;
      evidence: Evidence;
      /** Groups failures with one root cause: e.g. the schema path, or the status. */
      groupKey: string;
      /**
       * Withdrawn at the end of the run if every one of these values was minted by a 2xx of the run: seen
       * in an answer while concurrent requests were under way, a value may be theirs. Digests
       * (`secretDigest`), never the secrets.
       */
      unlessMinted?: readonly string[];
    };

/** What a run remembers across exchanges (one-time secrets, ids). */
export interface RunMemory {
  /** Minted key ids and values: value -> id of the case that minted it. */
  mintedIds: Map<string, string>;
  mintedValues: Map<string, string>;
  redactor: Redactor;
  /** Values breaking only a `format` that the run sent and the server kept (echoed in a 2xx answer). */
  acceptedFormatValues?: Set<string>;
}

export interface CheckOptions {
  /** Names of checks switched off. */
  disabled: ReadonlySet<string>;
  /** Response property names holding one-time secrets (besides `writeOnly` and `format: password`). */
  secretFields: readonly string[];
  /** Opt-in: answers slower than this fail `response_time`. */
  responseTimeLimitMs?: number;
}

export interface CheckContext {
  operation: CompiledOperation;
  options: CheckOptions;
  memory: RunMemory;
}

export interface Check {
  /** snake_case, stable: used in reports, baselines and `--disable-check`. */
  name: string;
  severity: Severity;
  origin: CheckOrigin;
  /** One sentence: what it asserts. */
  description: string;
  run(ctx: CheckContext, exchange: Exchange): CheckOutcome;
}

export interface CheckResult {
  check: string;
  severity: Severity;
  origin: CheckOrigin;
  outcome: CheckOutcome;
}
