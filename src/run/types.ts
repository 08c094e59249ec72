import type { ContractError } from '../core/errors.ts';
import type {
  Check,
  CheckOptions,
  CheckResult,
  Evidence,
  Severity,
  CheckOrigin,
  RunMemory,
} from '../check/types.ts';
import type { CredentialAvailability } from '../generate/case-plan-types.ts';
import type { CasePhase, Reason, RequestCase } from '../generate/types.ts';
import type { Exchange, HttpClient } from '../http/types.ts';
import type { CompiledSpec } from '../schema/types.ts';
import type { SpecFinding } from '../spec/types.ts';
import type { ContractExtension } from './extension.ts';
import type { RunConfig } from './run-config.ts';
import type { ShrinkBudget } from './shrink-budget.ts';

/** How to replay a generated case: `CONTRACT_SEED=<seed>` and the fast-check path. */
export interface ReplayToken {
  seed: number;
  path: string;
}

/** One check that failed on one exchange: everything needed to understand and reproduce it, redacted. */
export interface Failure {
  operationId: string;
  check: string;
  severity: Severity;
  origin: CheckOrigin;
  message: string;
  evidence: Evidence;
  groupKey: string;
  caseId: string;
  caseTitle: string;
  phase: CasePhase;
  reason?: Reason;
  status?: number;
  curl: string;
  /** Request body size, to pick the smallest example of a group. */
  bodyBytes: number;
  replay?: ReplayToken;
  shrunk?: boolean;
}

/** Something acceptable but worth saying (a 409 for a repeated name): grouped by message, one example kept. */
export interface CaseNote {
  message: string;
  example?: string;
}

export interface CaseOutcome {
  case: RequestCase;
  exchange: Exchange;
  results: CheckResult[];
  failures: Failure[];
  notes: CaseNote[];
  /** Failures judged at the end of the run: withdrawn if each of their values was minted by a 2xx of it. */
  deferred?: { failure: Failure; unlessMinted: readonly string[] }[];
  /** A tool or environment error (target unreachable): not a failure of the API. */
  toolError?: ContractError;
}

/** One line per distinct problem: operation x check x schema path (groupKey) x status. */
export interface FindingGroup {
  key: string;
  operationId: string;
  check: string;
  severity: Severity;
  origin: CheckOrigin;
  groupKey: string;
  status?: number;
  count: number;
  example: Failure;
}

export interface CheckTally {
  passed: number;
  failed: number;
  skipped: number;
  noted: number;
}

export interface RunResults {
  version: 1;
  target: string;
  spec: { source: string; chosen: string; why: string; hash: string; title: string; version: string };
  seed: number;
  runs: number;
  startedAt: string;
  finishedAt: string;
  cases: number;
  checks: Record<string, CheckTally>;
  findings: FindingGroup[];
  notes: { message: string; count: number; example?: string }[];
  documentFindings: SpecFinding[];
  toolErrors: { code: string; message: string }[];
}

export interface SpecChoice {
  source: string;
  chosen: 'live' | 'fixture' | 'given';
  why: string;
}

export interface RunSession {
  config: RunConfig;
  /** Where requests go: CONTRACT_BASE_URL, with the document's server path appended. */
  baseUrl: string;
  /** The server path taken from the document (`/v1`), or '' when none was appended. */
  serverPath: string;
  /** Which security schemes the run holds credentials for (resolved once, when the session opens). */
  availability: CredentialAvailability;
  compiled: CompiledSpec;
  specChoice: SpecChoice;
  client: HttpClient;
  /** The registry: built-in checks, then those of the extensions that apply to the document. */
  checks: readonly Check[];
  /** The extensions that apply to the document, in the order given. */
  extensions: readonly ContractExtension[];
  checkOptions: CheckOptions;
  memory: RunMemory;
  /** A fresh number for each case's unique run tag. */
  nextUnique: () => bigint;
  /** CONTRACT_SHRINK_SECONDS: the time every property phase's shrinking shares. */
  shrinkBudget: ShrinkBudget;
  recorder: RunRecorder;
  close(): Promise<void>;
}

export interface RunRecorder {
  record(outcome: CaseOutcome): void;
  /** Marks a group's example as the shrunk one. */
  recordShrunk(failure: Failure): void;
  toolError(error: ContractError): void;
  /** A run-level note (an operation skipped, with why), counted like the cases' notes. */
  note(message: string): void;
  /** Distinct problems found so far for one operation. */
  findingCount(operationId: string): number;
  /** Whether a tool error was recorded: the run cannot judge the server any more. */
  hasToolErrors(): boolean;
  results(session: RunSession): RunResults;
}
