import type { ContractError } from '../core/errors.ts';
import { secretDigest } from '../core/secret-digest.ts';
import type { CheckResult } from '../check/types.ts';
import { findingGroupOf } from './finding-group-of.ts';
import { createTimingCollector, type TimedRunResults, type TimingCollector } from './operation-timings.ts';
import type {
  CaseNote,
  CaseOutcome,
  CheckTally,
  Failure,
  FindingGroup,
  RunRecorder,
  RunSession,
} from './types.ts';

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

export function groupKeyOf(failure: Failure): string {
  return [failure.operationId, failure.check, failure.groupKey, failure.status ?? ''].join(' | ');
}

/** A shrunk example beats any other; then the smallest request body; then the case id (whatever the concurrency). */
function better(candidate: Failure, current: Failure): boolean {
  if (candidate.shrunk !== current.shrunk) return candidate.shrunk === true;
  if (candidate.bodyBytes !== current.bodyBytes) return candidate.bodyBytes < current.bodyBytes;
  return candidate.caseId < current.caseId;
}

function tally(tallies: Map<string, CheckTally>, result: CheckResult): void {
  const entry = tallies.get(result.check) ?? { passed: 0, failed: 0, skipped: 0, noted: 0 };
  entry[result.outcome.status] += 1;
  tallies.set(result.check, entry);
}

function addFailure(groups: Map<string, FindingGroup>, failure: Failure, counts: boolean): void {
  const key = groupKeyOf(failure);
  const group = groups.get(key);
  if (group === undefined) {
    groups.set(key, findingGroupOf(failure, key, counts ? 1 : 0));
    return;
  }
  if (counts) group.count += 1;
  if (better(failure, group.example)) group.example = failure;
}

export function sortFindings(findings: FindingGroup[]): FindingGroup[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.count - a.count ||
      a.key.localeCompare(b.key),
  );
}

/** Collects outcomes in memory, grouped as they arrive: 500 failing cases of one bug stay one entry. */
export function createRecorder(): RunRecorder {
  const startedAt = new Date().toISOString();
  const tallies = new Map<string, CheckTally>();
  const groups = new Map<string, FindingGroup>();
  const notes = new Map<string, { count: number; example?: string }>();
  const addNote = (note: CaseNote): void => {
    const known = notes.get(note.message);
    if (known === undefined) notes.set(note.message, { count: 1, example: note.example });
    else known.count += 1;
  };
  const toolErrors = new Map<string, ContractError>();
  const timings = createTimingCollector();
  const deferred: NonNullable<CaseOutcome['deferred']> = [];
  let cases = 0;
  return {
    record(outcome: CaseOutcome) {
      cases += 1;
      timings.add(outcome.case.operationId, outcome.exchange.durationMs);
      for (const result of outcome.results) tally(tallies, result);
      for (const failure of outcome.failures) addFailure(groups, failure, true);
      deferred.push(...(outcome.deferred ?? []));
      for (const note of outcome.notes) addNote(note);
      if (outcome.toolError) toolErrors.set(outcome.toolError.oneLine(), outcome.toolError);
    },
    recordShrunk: (failure: Failure) => addFailure(groups, failure, false),
    toolError: (error: ContractError) => void toolErrors.set(error.oneLine(), error),
    hasToolErrors: () => toolErrors.size > 0,
    note: (message: string) => addNote({ message }),
    findingCount: (operationId: string) =>
      [...groups.values()].filter((group) => group.operationId === operationId).length,
    results: (session: RunSession) =>
      toResults(session, {
        startedAt,
        cases,
        ...withDeferred(session, { tallies, groups }, deferred),
        notes,
        toolErrors,
        timings,
      }),
  };
}

/**
 * The findings with the deferred failures judged now, on copies (results may be read while the run goes
 * on): withdrawn, and counted as passed, when every value they name was minted by a 2xx of the run.
 */
function withDeferred(
  session: RunSession,
  collected: Pick<Collected, 'tallies' | 'groups'>,
  deferred: NonNullable<CaseOutcome['deferred']>,
): Pick<Collected, 'tallies' | 'groups'> {
  const tallies = new Map([...collected.tallies].map(([name, tally]) => [name, { ...tally }]));
  const groups = new Map([...collected.groups].map(([key, group]) => [key, { ...group }]));
  const minted = new Set([...session.memory.mintedValues.keys()].map(secretDigest));
  for (const { failure, unlessMinted } of deferred) {
    if (!unlessMinted.every((digest) => minted.has(digest))) {
      addFailure(groups, failure, true);
      continue;
    }
    const tally = tallies.get(failure.check);
    if (tally !== undefined) {
      tally.failed -= 1;
      tally.passed += 1;
    }
  }
  return { tallies, groups };
}

interface Collected {
  startedAt: string;
  cases: number;
  tallies: Map<string, CheckTally>;
  groups: Map<string, FindingGroup>;
  notes: Map<string, { count: number; example?: string }>;
  toolErrors: Map<string, ContractError>;
  timings: TimingCollector;
}

function toResults(session: RunSession, collected: Collected): TimedRunResults {
  const { spec } = session.compiled;
  const results: TimedRunResults = {
    version: 1,
    target: session.baseUrl,
    spec: { ...session.specChoice, hash: spec.hash, title: spec.title, version: spec.version },
    seed: session.config.seed,
    runs: session.config.runs,
    startedAt: collected.startedAt,
    finishedAt: new Date().toISOString(),
    cases: collected.cases,
    checks: Object.fromEntries(collected.tallies),
    findings: sortFindings([...collected.groups.values()]),
    notes: [...collected.notes]
      .map(([message, { count, example }]) => ({
        message,
        count,
        ...(example === undefined ? {} : { example }),
      }))
      .sort((a, b) => a.message.localeCompare(b.message)),
    documentFindings: session.compiled.findings,
    toolErrors: [...collected.toolErrors.values()].map((error) => ({
      code: error.code,
      message: error.message,
    })),
    timings: collected.timings.summary(),
  };
  // Defence in depth: every string that leaves the run passes the redactor once more.
  return session.memory.redactor.redactValue(results);
}
