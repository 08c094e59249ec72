import type { DiffSide, SpecChange, SpecDiff } from './types.ts';

function describe(label: string, side: DiffSide): string {
  return `${label}: ${side.source} (OpenAPI ${side.openapiVersion}, "${side.title}" ${side.version}, sha256 ${side.hash.slice(0, 12)})`;
}

function line(change: SpecChange): string {
  const mark = change.breaking ? '✗ breaking    ' : '  non-breaking';
  return `${mark} ${change.operation} ${change.location}: ${change.message} (${change.code})`;
}

/** The diff for a terminal: both documents, one line per change (breaking first), and a count. */
export function formatSpecDiff(diff: SpecDiff): string {
  const { changes, breaking } = diff;
  const total =
    changes.length === 0
      ? 'no changes that clients can see'
      : `${changes.length} change(s): ${breaking} breaking, ${changes.length - breaking} non-breaking`;
  return [describe('base', diff.base), describe('head', diff.head), ...changes.map(line), total].join('\n');
}
