import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from '../../src/cli/nearest-name.ts';

describe('editDistance', () => {
  it.each([
    ['seed', 'seed', 0],
    ['sed', 'seed', 1],
    ['paln', 'plan', 1],
    ['basurl', 'base-url', 2],
    ['', 'run', 3],
    ['kitten', 'sitting', 3],
  ])('%s -> %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('nearestName', () => {
  const names = ['run', 'plan', 'mock', 'replay', 'report-dir', 'seed'];

  it('suggests a likely typo or the start of a name', () => {
    expect(nearestName('paln', names)).toBe('plan');
    expect(nearestName('Mock', names)).toBe('mock');
    expect(nearestName('repl', names)).toBe('replay');
    expect(nearestName('report', names)).toBe('report-dir');
  });

  it('suggests nothing rather than a far guess', () => {
    expect(nearestName('frobnicate', names)).toBeUndefined();
    expect(nearestName('x', names)).toBeUndefined();
    expect(nearestName('anything', [])).toBeUndefined();
  });
});
