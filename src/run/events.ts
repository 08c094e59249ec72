import type { SecuritySummary } from '../generate/security-summary.ts';
import type { SpecFinding } from '../spec/types.ts';
import type { RunResults, SpecChoice } from './types.ts';

/** One operation the run will test. */
export interface OperationOutline {
  operationId: string;
  method: string;
  path: string;
}

/**
 * What the engine tells its consumers (console, reports, vitest adapters, tests), in order. Every string in
 * an event has passed the run's redactor: consumers may print or write them as they are.
 */
export type ContractEvent =
  | {
      type: 'run-started';
      target: string;
      spec: SpecChoice & { hash: string };
      seed: number;
      runs: number;
      operations: OperationOutline[];
      /** The security schemes the run tests, those it cannot satisfy (with why), operations sent without. */
      security: SecuritySummary;
      documentFindings: SpecFinding[];
    }
  | {
      type: 'case-finished';
      operationId: string;
      /** The case's phase (`coverage`, `negative`...) or an extension's phase name. */
      phase: string;
      caseId: string;
      status?: number;
      /** Names of the checks that failed on this exchange. */
      failed: string[];
      durationMs: number;
    }
  | { type: 'phase-finished'; operationId: string; phase: string }
  | { type: 'operation-finished'; operationId: string; findings: number }
  | { type: 'message'; text: string }
  | { type: 'run-finished'; results: RunResults };

export type EventSink = (event: ContractEvent) => void;
