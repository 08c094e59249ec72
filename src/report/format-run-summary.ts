import type { FindingGroup, RunResults } from '../run/types.ts';

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

export interface RunSummaryOptions {
  /** Lines shown under a problem's line (how to reproduce it: replay file, curl). */
  under?: (group: FindingGroup) => string[];
}

/** The end of a run: one line per distinct problem (most severe first), then every check's tally. */
export function formatRunSummary(results: RunResults, options: RunSummaryOptions = {}): string {
  const header = `Contract run against ${results.target}: ${results.cases} cases, seed ${results.seed}, spec ${results.spec.source} (${results.spec.chosen})`;
  const problems = results.findings.flatMap((group) => [
    `  [${group.severity}] ${group.check}: ${group.operationId}, ${group.count} case(s): ${group.example.message}`,
    ...(options.under?.(group) ?? []),
  ]);
  const notes = results.notes.map((note) => `  - ${note.message} (${note.count}x)`);
  return [
    header,
    results.findings.length === 0
      ? 'Violations: none'
      : `Violations: ${results.findings.length} distinct problem(s)`,
    ...problems,
    ...(notes.length > 0 ? ['Noted (acceptable, not exercised):', ...notes] : []),
    'Checks:',
    ...checkLines(results),
    ...(results.toolErrors.length > 0
      ? ['Tool errors:', ...results.toolErrors.map((e) => `  ${e.code}: ${e.message}`)]
      : []),
  ].join('\n');
}
