import type { FindingGroup, RunResults } from '../run/types.ts';
import { rootCauses, type RootCause } from './root-causes.ts';

function checkLines(results: RunResults): string[] {
  return Object.entries(results.checks)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, tally]) => {
      const mark = tally.failed > 0 ? '✗' : '✓';
      const extra = [
        tally.noted ? `${tally.noted} noted` : '',
        tally.skipped ? `${tally.skipped} not applicable` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `  ${mark} ${name}: ${tally.passed} passed, ${tally.failed} failed${extra ? `, ${extra}` : ''}`;
    });
}

function causeLine(cause: RootCause): string {
  const { lead, operations, statuses, cases } = cause;
  const where =
    operations.length === 1
      ? lead.operationId
      : `${operations.length} operations (${operations.slice(0, 3).join(', ')}${operations.length > 3 ? ', ...' : ''})`;
  const also = statuses.length > 1 ? `, statuses ${statuses.join(', ')}` : '';
  return `  [${lead.severity}] ${lead.check}: ${where}, ${cases} case(s)${also}: ${lead.example.message}`;
}

export interface RunSummaryOptions {
  /** Lines shown under a problem's line (how to reproduce it: replay file, curl). */
  under?: (group: FindingGroup) => string[];
}

/** The end of a run: one line per distinct problem (most severe first), then every check's tally. */
export function formatRunSummary(results: RunResults, options: RunSummaryOptions = {}): string {
  const header = `Contract run against ${results.target}: ${results.cases} cases, seed ${results.seed}, spec ${results.spec.source} (${results.spec.chosen})`;
  const causes = rootCauses(results.findings);
  const problems = causes.flatMap((cause) => [causeLine(cause), ...(options.under?.(cause.lead) ?? [])]);
  const notes = results.notes.map(
    (note) =>
      `  - ${note.message} (${note.count}x)${note.example === undefined ? '' : `, e.g. ${note.example}`}`,
  );
  return [
    header,
    results.findings.length === 0
      ? 'Violations: none'
      : `Violations: ${causes.length} distinct problem(s)${causes.length < results.findings.length ? ` (${results.findings.length} in the reports, by operation and status)` : ''}`,
    ...problems,
    ...(notes.length > 0 ? ['Noted (not failed: acceptable, not exercised or not judged):', ...notes] : []),
    'Checks:',
    ...checkLines(results),
    ...(results.toolErrors.length > 0
      ? ['Tool errors:', ...results.toolErrors.map((e) => `  ${e.code}: ${e.message}`)]
      : []),
  ].join('\n');
}
