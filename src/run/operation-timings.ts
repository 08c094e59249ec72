import type { RunResults } from './types.ts';

/** How long one operation's exchanges took in a run (sent to answered, or to the transport error). */
export interface OperationTiming {
  count: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  maxMs: number;
}

/** RunResults as the recorder writes them: with per-operation timings, for `contract compare`. */
export interface TimedRunResults extends RunResults {
  timings: Record<string, OperationTiming>;
}

export interface TimingCollector {
  add(operationId: string, durationMs: number): void;
  summary(): Record<string, OperationTiming>;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

function summarise(durations: number[]): OperationTiming {
  const sorted = [...durations].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    count: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    meanMs: round(total / Math.max(1, sorted.length)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
  };
}

/** Keeps every exchange's duration per operation (a few numbers per case) and summarises them at the end. */
export function createTimingCollector(): TimingCollector {
  const durations = new Map<string, number[]>();
  return {
    add(operationId, durationMs) {
      const list = durations.get(operationId) ?? [];
      list.push(durationMs);
      durations.set(operationId, list);
    },
    summary: () =>
      Object.fromEntries([...durations].map(([operationId, list]) => [operationId, summarise(list)])),
  };
}
