import { sortFindings } from '../run/create-recorder.ts';
import type { FindingGroup, RunResults } from '../run/types.ts';
import type { BaselineVerdict } from './compare-baseline.ts';

/** One suite's results, named after its results file (the operation it covers). */
export interface NamedResults {
  name: string;
  results: RunResults;
}

/** Everything the report files are written from, already redacted. */
export interface ReportInput {
  runs: readonly NamedResults[];
  exitCode: number;
  baseline?: { file: string; verdict: BaselineVerdict };
  /** Absolute path of the replay file of each finding, by fingerprint. */
  replayFiles: ReadonlyMap<string, string>;
}

/** Every finding of the run, most severe first. */
export function allFindings(input: Pick<ReportInput, 'runs'>): FindingGroup[] {
  return sortFindings(input.runs.flatMap((run) => run.results.findings));
}
