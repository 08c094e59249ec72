import { relative } from 'node:path';
import type { FindingGroup } from '../run/types.ts';
import { formatFindingGroup } from './format-finding-group.ts';
import type { JsonReport } from './json-report.ts';
import { allFindings, type ReportInput } from './report-input.ts';

/** Server text in a table cell or summary: no markup, no table breaks, one line. */
function cell(text: string): string {
  return text
    .replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char] ?? char)
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 300);
}

/** A fenced block that the text cannot close early. */
function fenced(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, text, fence];
}

const code = (text: string): string => `<code>${cell(text)}</code>`;

/** Exit codes of a run cut short by a signal (Ctrl-C, SIGTERM): what it found is partial. */
const INTERRUPTED = new Set([130, 143]);

function headline(report: JsonReport): string {
  const mark = report.exitCode === 0 ? '✅' : report.exitCode === 1 ? '❌' : '⚠️';
  const problems =
    report.findings.length === 1 ? '1 distinct problem' : `${report.findings.length} distinct problems`;
  if (INTERRUPTED.has(report.exitCode))
    return `## ${mark} Contract run interrupted: ${problems} found before it stopped (exit ${report.exitCode})`;
  return `## ${mark} Contract run: ${problems} (exit ${report.exitCode})`;
}

function context(report: JsonReport): string {
  const seconds = (report.durationMs / 1000).toFixed(1);
  return `Target ${code(report.target)} · seed ${code(String(report.seed))} · spec ${code(report.spec.source)} (${report.spec.chosen}, sha256 ${code(report.spec.hash.slice(0, 12))}) · ${report.cases} cases in ${seconds} s`;
}

function findingRows(report: JsonReport): string[] {
  if (report.findings.length === 0) return ['No violations.'];
  const baseline = report.baseline !== undefined;
  const header = `| severity | check | operation | cases | problem | replay${baseline ? ' | baseline' : ''} |`;
  const rule = `| --- | --- | --- | ---: | --- | ---${baseline ? ' | ---' : ''} |`;
  const rows = report.findings.map((finding) => {
    const columns = [
      finding.severity,
      code(finding.check),
      cell(finding.operationId),
      String(finding.count),
      cell(finding.message),
      finding.replayFile === undefined ? '' : code(finding.replayFile),
      ...(baseline ? [finding.baseline ?? ''] : []),
    ];
    return `| ${columns.join(' | ')} |`;
  });
  return [header, rule, ...rows];
}

function details(group: FindingGroup): string[] {
  const summary = cell(`[${group.severity}] ${group.check}: ${group.operationId}, ${group.count} case(s)`);
  return [
    '<details>',
    `<summary>${summary}</summary>`,
    '',
    ...fenced(formatFindingGroup(group)),
    '',
    '</details>',
  ];
}

function baselineLines(report: JsonReport): string[] {
  const baseline = report.baseline;
  if (baseline === undefined) return [];
  const verdict = baseline.passed ? 'passed' : 'failed';
  const lines = [
    '### Baseline',
    '',
    `${code(baseline.file)} ${verdict}: ${baseline.known} known, ${baseline.new} new, ${baseline.gone.length} no longer occurring, ${baseline.expired} expired.`,
  ];
  for (const entry of baseline.gone)
    lines.push(
      `- no longer occurs: ${code(entry.check)} ${cell(entry.operationId)} ${code(entry.groupKey)} (remove it with ${code('contract baseline update')})`,
    );
  return lines;
}

function checkRows(report: JsonReport): string[] {
  const rows = Object.entries(report.checks)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, t]) => `| ${code(name)} | ${t.passed} | ${t.failed} | ${t.noted} | ${t.skipped} |`);
  return [
    '| check | passed | failed | noted | not applicable |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

/** `summary.md`: a Markdown summary for a CI job page (e.g. `$GITHUB_STEP_SUMMARY`). */
export function formatMarkdownSummary(input: ReportInput, report: JsonReport, reportDir: string): string {
  const groups = allFindings(input);
  const errors = report.toolErrors.map((error) => `- ${code(error.code)} ${cell(error.message)}`);
  const sections = [
    [headline(report), '', context(report)],
    findingRows(report),
    groups.length > 0 ? ['### Findings', '', ...groups.flatMap(details)] : [],
    baselineLines(report),
    errors.length > 0 ? ['### Tool errors', '', ...errors] : [],
    ['### Checks', '', ...checkRows(report)],
    [
      `Reports in ${code(relative(process.cwd(), reportDir) || '.')}: junit.xml, report.json, summary.md, replays/.`,
    ],
  ];
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}
