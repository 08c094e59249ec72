import { relative } from 'node:path';
import type { CheckTally, FindingGroup, RunResults } from '../run/types.ts';
import type { BaselineEntry } from './baseline-file.ts';
import { findingFingerprint } from './finding-fingerprint.ts';
import { allFindings, type ReportInput } from './report-input.ts';

export type BaselineStatus = 'known' | 'new' | 'expired';

export interface JsonReportFinding {
  fingerprint: string;
  operationId: string;
  check: string;
  severity: string;
  origin: string;
  groupKey: string;
  status?: number;
  count: number;
  message: string;
  example: Omit<FindingGroup['example'], 'steps'>;
  /** Relative to the report directory. */
  replayFile?: string;
  baseline?: BaselineStatus;
}

/** `report.json`: the whole run, for tools. Request bodies stay in the replay files. */
export interface JsonReport {
  format: 'openapi-contract-suite/report';
  version: 1;
  exitCode: number;
  target: string;
  seed: number;
  runs: number;
  spec: RunResults['spec'];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  cases: number;
  checks: Record<string, CheckTally>;
  findings: JsonReportFinding[];
  baseline?: {
    file: string;
    passed: boolean;
    known: number;
    new: number;
    gone: BaselineEntry[];
    expired: number;
  };
  suites: {
    name: string;
    cases: number;
    findings: number;
    startedAt: string;
    finishedAt: string;
    durationMs: number;
  }[];
  /** Exchange durations per operation (p50, p95, mean, max), when the suites measured them. */
  timings: Record<string, unknown>;
  notes: RunResults['notes'];
  documentFindings: RunResults['documentFindings'];
  toolErrors: RunResults['toolErrors'];
}

const span = (from: string, to: string): number => Math.max(0, Date.parse(to) - Date.parse(from) || 0);

function sumChecks(runs: readonly RunResults[]): Record<string, CheckTally> {
  const sums: Record<string, CheckTally> = {};
  for (const results of runs)
    for (const [name, tally] of Object.entries(results.checks)) {
      const sum = (sums[name] ??= { passed: 0, failed: 0, skipped: 0, noted: 0 });
      for (const key of ['passed', 'failed', 'skipped', 'noted'] as const) sum[key] += tally[key];
    }
  return sums;
}

function baselineStatusOf(input: ReportInput): (fingerprint: string) => BaselineStatus | undefined {
  const verdict = input.baseline?.verdict;
  if (verdict === undefined) return () => undefined;
  const known = new Set(verdict.known.map((item) => findingFingerprint(item.group)));
  const expired = new Set(verdict.expired.map((item) => findingFingerprint(item.group)));
  return (fingerprint) => (known.has(fingerprint) ? 'known' : expired.has(fingerprint) ? 'expired' : 'new');
}

function toFinding(input: ReportInput, reportDir: string, group: FindingGroup): JsonReportFinding {
  const fingerprint = findingFingerprint(group);
  const { steps: _steps, ...example } = group.example as FindingGroup['example'] & { steps?: unknown };
  const replay = input.replayFiles.get(fingerprint);
  const { key: _key, example: _example, ...rest } = group;
  return {
    fingerprint,
    ...rest,
    message: group.example.message,
    example,
    replayFile: replay === undefined ? undefined : relative(reportDir, replay),
    baseline: baselineStatusOf(input)(fingerprint),
  };
}

function timingsOf(results: RunResults): Record<string, unknown> {
  const timings = (results as { timings?: unknown }).timings;
  return typeof timings === 'object' && timings !== null ? (timings as Record<string, unknown>) : {};
}

function baselineSummary(input: ReportInput): JsonReport['baseline'] {
  if (input.baseline === undefined) return undefined;
  const { file, verdict } = input.baseline;
  const { known, added, gone, expired, passed } = verdict;
  return { file, passed, known: known.length, new: added.length, gone, expired: expired.length };
}

function suitesOf(input: ReportInput): JsonReport['suites'] {
  return input.runs.map(({ name, results }) => ({
    name,
    cases: results.cases,
    findings: results.findings.length,
    startedAt: results.startedAt,
    finishedAt: results.finishedAt,
    durationMs: span(results.startedAt, results.finishedAt),
  }));
}

/** From the first suite's start to the last one's end (ISO strings sort by time). */
function windowOf(runs: readonly RunResults[]): { startedAt: string; finishedAt: string } {
  const starts = runs.map((results) => results.startedAt).sort();
  const ends = runs.map((results) => results.finishedAt).sort();
  const startedAt = starts[0] ?? '';
  return { startedAt, finishedAt: ends[ends.length - 1] ?? startedAt };
}

const NO_SPEC: RunResults['spec'] = { source: '', chosen: '', why: '', hash: '', title: '', version: '' };

/** The JSON report of a run: findings, counts per check, seed, spec hash, target and timings. */
export function buildJsonReport(input: ReportInput, reportDir: string): JsonReport {
  const runs = input.runs.map((run) => run.results);
  const first = runs[0];
  const { startedAt, finishedAt } = windowOf(runs);
  return {
    format: 'openapi-contract-suite/report',
    version: 1,
    exitCode: input.exitCode,
    target: first?.target ?? '',
    seed: first?.seed ?? 0,
    runs: first?.runs ?? 0,
    spec: first?.spec ?? NO_SPEC,
    startedAt,
    finishedAt,
    durationMs: span(startedAt, finishedAt),
    cases: runs.reduce((sum, results) => sum + results.cases, 0),
    checks: sumChecks(runs),
    findings: allFindings(input).map((group) => toFinding(input, reportDir, group)),
    baseline: baselineSummary(input),
    suites: suitesOf(input),
    timings: Object.assign({}, ...runs.map(timingsOf)) as Record<string, unknown>,
    notes: runs.flatMap((results) => results.notes),
    documentFindings: first?.documentFindings ?? [],
    toolErrors: runs.flatMap((results) => results.toolErrors),
  };
}
