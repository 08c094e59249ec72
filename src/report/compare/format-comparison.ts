import type { OperationTiming } from '../../run/operation-timings.ts';
import type { ComparableFinding, RunComparison, TimingChange } from './types.ts';

function finding(mark: string, item: ComparableFinding): string {
  const status = item.status === undefined ? '' : ` status ${item.status}`;
  return `${mark} [${item.severity}] ${item.check}: ${item.operationId} ${item.groupKey}${status} (${item.count} case(s))`;
}

const ms = (timing: OperationTiming | undefined): string =>
  timing === undefined ? '-' : `p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms (${timing.count})`;

function timing(change: TimingChange): string {
  const delta =
    change.p95DeltaMs === undefined
      ? ''
      : `, p95 ${change.p95DeltaMs >= 0 ? '+' : ''}${change.p95DeltaMs} ms`;
  return `  ${change.verdict.padEnd(9)} ${change.operationId}: ${ms(change.old)} -> ${ms(change.new)}${delta}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`${title}:`, ...lines];
}

/** The comparison for a terminal or a job summary: new findings first, then fixed, still failing, timings. */
export function formatComparison(comparison: RunComparison): string {
  const { newFindings, fixedFindings, stillFailing, timings } = comparison;
  return [
    `old: ${comparison.old.sources.join(', ')}${comparison.old.startedAt ? ` (${comparison.old.startedAt})` : ''}`,
    `new: ${comparison.new.sources.join(', ')}${comparison.new.startedAt ? ` (${comparison.new.startedAt})` : ''}`,
    ...section(
      'new findings',
      newFindings.map((item) => finding('✗', item)),
    ),
    ...section(
      'fixed',
      fixedFindings.map((item) => finding('✓', item)),
    ),
    ...section(
      'still failing',
      stillFailing.map((item) => finding('•', item)),
    ),
    ...section('timings per operation', timings.map(timing)),
    `${newFindings.length} new, ${fixedFindings.length} fixed, ${stillFailing.length} still failing`,
  ].join('\n');
}
