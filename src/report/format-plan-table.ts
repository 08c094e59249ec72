import type { CasePlan, UnsupportedFeature } from '../generate/case-plan-types.ts';
import type { CaseExpectation, CasePhase, RequestCase } from '../generate/types.ts';

/** What the table says of one operation's plan (kept instead of its cases: a document may have thousands). */
export interface PlanSummary {
  operationId: string;
  /** Phase, expectation in words, number of cases. */
  counts: [string, string, number][];
  unsupported: UnsupportedFeature[];
  skipped: CasePhase[];
  notes: string[];
  dropped: Record<string, number>;
}

export interface PlanHeading {
  source: string;
  seed: number;
  runs: number;
}

const WORDS: Record<CaseExpectation, string> = {
  accepted: 'valid',
  rejected: 'invalid',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  'not-found': 'not found',
};

/** Counts by phase and expectation, in the order the cases come. */
function counts(cases: readonly RequestCase[]): [string, string, number][] {
  const rows = new Map<string, [string, string, number]>();
  for (const requestCase of cases) {
    const key = `${requestCase.phase} ${requestCase.expect}`;
    const row = rows.get(key) ?? [requestCase.phase, WORDS[requestCase.expect], 0];
    row[2] += 1;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** An operation's plan and cases, summarised for the table. */
export function summarisePlan(
  plan: CasePlan,
  cases: readonly RequestCase[],
  skipped: ReadonlyMap<CasePhase, string>,
): PlanSummary {
  return {
    operationId: plan.operationId,
    counts: counts(cases),
    unsupported: plan.unsupported,
    skipped: [...skipped.keys()],
    notes: plan.notes,
    dropped: plan.dropped,
  };
}

/** Columns padded to their widest cell; the last one (a number) right-aligned. */
function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  '),
  );
}

function details(operations: readonly PlanSummary[]): string[] {
  const lines: string[] = [];
  for (const { operationId, unsupported, skipped, notes, dropped } of operations) {
    for (const feature of unsupported)
      lines.push(`unsupported: ${operationId}: ${feature.keyword} at ${feature.pointer}: ${feature.reason}`);
    if (skipped.length > 0) lines.push(`skipped:     ${operationId}: phases ${skipped.join(', ')}`);
    for (const note of notes) lines.push(`note:        ${operationId}: ${note}`);
    const counted = Object.entries(dropped).map(([why, count]) => `${count} ${why}`);
    if (counted.length > 0) lines.push(`dropped:     ${operationId}: ${counted.join('; ')}`);
  }
  return lines;
}

/**
 * `contract plan` without --json: one row per operation x phase x expectation with its number of cases,
 * then what the document asks that cannot be generated (and the phases left out), notes and dropped cases.
 */
export function formatPlanTable(heading: PlanHeading, operations: readonly PlanSummary[]): string {
  const rows = [['operation', 'phase', 'expect', 'cases']];
  let total = 0;
  for (const summary of operations)
    for (const [phase, expect, count] of summary.counts) {
      rows.push([summary.operationId, phase, expect, String(count)]);
      total += count;
    }
  const unsupported = operations.reduce((sum, operation) => sum + operation.unsupported.length, 0);
  const more = details(operations);
  return [
    `plan of ${heading.source}: seed ${heading.seed}, ${heading.runs} cases per property phase; nothing is sent`,
    `${operations.length} operations, ${total} cases, ${unsupported} unsupported features`,
    '',
    ...table(rows),
    ...(more.length > 0 ? ['', ...more] : []),
  ].join('\n');
}
