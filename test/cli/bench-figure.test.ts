import { describe, expect, it } from 'vitest';
import { formatFigure, meets, type Figure } from '../../src/cli/bench-figure.ts';

const help: Figure = { name: '--help: wall time', value: 0.12, unit: 's', target: { op: '<', bound: 0.3 } };

describe('bench figures', () => {
  it('meet a bound below or a floor', () => {
    expect(meets(help)).toBe(true);
    expect(meets({ ...help, value: 0.3 })).toBe(false);
    expect(meets({ name: 'ratio', value: 0.5, unit: 'x', target: { op: '>=', bound: 0.5 } })).toBe(true);
    expect(meets({ name: 'ratio', value: 0.49, unit: 'x', target: { op: '>=', bound: 0.5 } })).toBe(false);
  });

  it('a figure not measured, or without a target, never misses', () => {
    expect(meets({ name: 'npm test', unit: 's', target: { op: '<', bound: 180 } })).toBe(true);
    expect(meets({ name: 'autocannon', value: 1, unit: 'req/s' })).toBe(true);
  });

  it('print the value, the target and the verdict on one line', () => {
    expect(formatFigure(help)).toMatch(/^ {2}--help: wall time +0\.12 s +target < 0\.30 s +ok$/);
    expect(formatFigure({ ...help, value: 1.5 })).toMatch(/1\.50 s +target < 0\.30 s +MISS$/);
    expect(formatFigure({ name: 'rss', value: 444.4, unit: 'MiB' })).toMatch(/rss +444 MiB$/);
    expect(formatFigure({ name: 'npm test', unit: 's', note: 'CONTRACT_BENCH_TESTS=1 to measure' })).toMatch(
      /npm test +not measured +\(CONTRACT_BENCH_TESTS=1 to measure\)$/,
    );
  });
});
