import { describe, expect, it } from 'vitest';
import { createTimingCollector } from '../../src/run/operation-timings.ts';

describe('createTimingCollector', () => {
  it('summarises each operation: count, nearest-rank p50/p95, mean and max', () => {
    const timings = createTimingCollector();
    for (let ms = 1; ms <= 100; ms++) timings.add('a', ms);
    timings.add('b', 7.26);
    expect(timings.summary()).toEqual({
      a: { count: 100, p50Ms: 50, p95Ms: 95, meanMs: 50.5, maxMs: 100 },
      b: { count: 1, p50Ms: 7.3, p95Ms: 7.3, meanMs: 7.3, maxMs: 7.3 },
    });
  });

  it('is empty before any exchange', () => {
    expect(createTimingCollector().summary()).toEqual({});
  });
});
