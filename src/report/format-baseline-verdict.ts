import type { BaselineEntry } from './baseline-file.ts';
import type { BaselineVerdict } from './compare-baseline.ts';

function identity(entry: Pick<BaselineEntry, 'operationId' | 'check' | 'groupKey' | 'status'>): string {
  const status = entry.status === undefined ? '' : ` (status ${entry.status})`;
  return `${entry.check}: ${entry.operationId} ${entry.groupKey}${status}`;
}

/** The baseline's verdict for the console: counts, then each reason it failed, with what to do. */
export function formatBaselineVerdict(file: string, verdict: BaselineVerdict): string {
  const { known, added, gone, expired } = verdict;
  const counts = `${known.length} known, ${added.length} new, ${gone.length} no longer occurring, ${expired.length} expired`;
  const lines = [`Baseline ${file}: ${verdict.passed ? 'passed' : 'FAILED'} (${counts})`];
  for (const group of added)
    lines.push(
      `  new:      [${group.severity}] ${identity(group)}: not in the baseline (fix it, or run \`contract baseline update\`)`,
    );
  for (const entry of gone)
    lines.push(
      `  fixed:    ${identity(entry)}: no longer occurs; run \`contract baseline update\` to remove it (the baseline only shrinks)`,
    );
  for (const { entry } of expired) {
    const note = entry.note === undefined ? '' : ` (note: ${entry.note})`;
    lines.push(`  expired:  ${identity(entry)}: known finding expired on ${entry.expires ?? '?'}${note}`);
  }
  return lines.join('\n');
}
