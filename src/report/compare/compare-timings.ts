import type { OperationTiming } from '../../run/operation-timings.ts';
import type { TimingChange, TimingVerdict } from './types.ts';

/** A p95 that moves by at least this share and this many milliseconds is called slower or faster. */
export const TIMING_THRESHOLD = { ratio: 0.25, ms: 20 } as const;

function verdictOf(old: OperationTiming, now: OperationTiming): TimingVerdict {
  const delta = now.p95Ms - old.p95Ms;
  const significant =
    Math.abs(delta) >= TIMING_THRESHOLD.ms && Math.abs(delta) >= TIMING_THRESHOLD.ratio * old.p95Ms;
  if (!significant) return 'unchanged';
  return delta > 0 ? 'slower' : 'faster';
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Per operation, old vs new p50/p95; an operation timed in one run only is `added` or `removed`. */
export function compareTimings(
  old: Record<string, OperationTiming>,
  now: Record<string, OperationTiming>,
): TimingChange[] {
  const operations = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort();
  return operations.map((operationId): TimingChange => {
    const [before, after] = [old[operationId], now[operationId]];
    if (before === undefined) return { operationId, new: after, verdict: 'added' };
    if (after === undefined) return { operationId, old: before, verdict: 'removed' };
    return {
      operationId,
      old: before,
      new: after,
      p50DeltaMs: round(after.p50Ms - before.p50Ms),
      p95DeltaMs: round(after.p95Ms - before.p95Ms),
      verdict: verdictOf(before, after),
    };
  });
}
