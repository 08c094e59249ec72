import type { OperationTiming } from '../../run/operation-timings.ts';

/** A finding as `contract compare` needs it, from a `*.results.json` group or a `report.json` finding. */
export interface ComparableFinding {
  /** Operation x check x group key x status (findingFingerprint): stable across seeds and runs. */
  fingerprint: string;
  operationId: string;
  check: string;
  severity: string;
  groupKey: string;
  status?: number;
  count: number;
  message?: string;
}

/** One run, read from one or several files (suites, shards). */
export interface RunSnapshot {
  sources: string[];
  startedAt?: string;
  findings: ComparableFinding[];
  /** Per operation; empty when the files carry no timings. */
  timings: Record<string, OperationTiming>;
}

export type TimingVerdict = 'slower' | 'faster' | 'unchanged' | 'added' | 'removed';

export interface TimingChange {
  operationId: string;
  old?: OperationTiming;
  new?: OperationTiming;
  /** new p95 - old p95, when both runs timed the operation. */
  p95DeltaMs?: number;
  p50DeltaMs?: number;
  verdict: TimingVerdict;
}

export interface RunComparison {
  old: { sources: string[]; startedAt?: string };
  new: { sources: string[]; startedAt?: string };
  /** In NEW, not in OLD: regressions (exit 1). */
  newFindings: ComparableFinding[];
  /** In OLD, not in NEW. */
  fixedFindings: ComparableFinding[];
  /** In both; the NEW side's counts. */
  stillFailing: ComparableFinding[];
  timings: TimingChange[];
}
