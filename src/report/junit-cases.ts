import { builtinChecks } from '../check/builtin-checks.ts';
import type { FindingGroup } from '../run/types.ts';
import type { BaselineEntry } from './baseline-file.ts';
import { findingFingerprint } from './finding-fingerprint.ts';
import { formatFindingGroup } from './format-finding-group.ts';
import type { NamedResults, ReportInput } from './report-input.ts';

/** One JUnit test case: a check on an operation. */
export interface JunitCase {
  operationId: string;
  check: string;
  outcome:
    | { kind: 'passed' }
    | { kind: 'skipped'; message: string }
    | { kind: 'failure'; message: string; type: string; text: string };
}

function checkNames(run: NamedResults): string[] {
  const { results } = run;
  const names = [
    ...builtinChecks.map((check) => check.name),
    ...Object.keys(results.checks),
    ...results.findings.map((group) => group.check),
  ];
  return [...new Set(names)];
}

function goneLine(entry: BaselineEntry): string {
  const status = entry.status === undefined ? '' : `, status ${entry.status}`;
  return `baseline entry ${entry.fingerprint} (${entry.groupKey}${status}) no longer occurs: run \`contract baseline update\` to remove it`;
}

/** A failure listing the new findings of a check and the baseline entries it no longer shows. */
function failureOf(failing: FindingGroup[], gone: BaselineEntry[]): JunitCase['outcome'] {
  const first = failing[0]?.example.message ?? (gone[0] === undefined ? '' : goneLine(gone[0]));
  return {
    kind: 'failure',
    message: `${failing.length + gone.length} distinct problem(s): ${first}`,
    type: failing[0]?.severity ?? 'baseline',
    text: [...failing.map(formatFindingGroup), ...gone.map(goneLine)].join('\n\n'),
  };
}

function outcomeOf(
  input: ReportInput,
  run: NamedResults,
  operationId: string,
  check: string,
): JunitCase['outcome'] {
  const matches = (item: { operationId: string; check: string }): boolean =>
    item.operationId === operationId && item.check === check;
  const groups = run.results.findings.filter(matches);
  const verdict = input.baseline?.verdict;
  const known = new Set(verdict?.known.map((item) => findingFingerprint(item.group)) ?? []);
  const failing = groups.filter((group) => !known.has(findingFingerprint(group)));
  const gone = verdict?.gone.filter(matches) ?? [];
  if (failing.length + gone.length > 0) return failureOf(failing, gone);
  if (groups.length > 0)
    return {
      kind: 'skipped',
      message: `${groups.length} known finding(s) in baseline ${input.baseline?.file ?? ''}`,
    };
  const tally = run.results.checks[check];
  if (tally === undefined || tally.passed + tally.failed + tally.noted === 0)
    return { kind: 'skipped', message: 'disabled, or not applicable to any case' };
  return { kind: 'passed' };
}

/** The suite's operation, those of its findings, and (first suite) baselined operations no suite covered. */
function operationsOf(input: ReportInput, run: NamedResults): Set<string> {
  const operations = new Set([run.name, ...run.results.findings.map((group) => group.operationId)]);
  if (run !== input.runs[0]) return operations;
  const covered = new Set(input.runs.map((other) => other.name));
  for (const entry of input.baseline?.verdict.gone ?? [])
    if (!covered.has(entry.operationId)) operations.add(entry.operationId);
  return operations;
}

/** One case per check x operation of a suite's results (and of baseline entries that no longer occur). */
export function junitCases(input: ReportInput, run: NamedResults): JunitCase[] {
  const operations = operationsOf(input, run);
  const cases: JunitCase[] = [];
  for (const operationId of operations) {
    for (const check of checkNames(run))
      cases.push({ operationId, check, outcome: outcomeOf(input, run, operationId, check) });
  }
  return cases;
}
