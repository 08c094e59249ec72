import { describe, expect, it } from 'vitest';
import { jsonDeeperThan } from '../../src/http/json-depth.ts';

describe('jsonDeeperThan', () => {
  it.each([
    ['1', 0, false],
    ['[]', 0, true],
    ['[]', 1, false],
    ['{"a":[{"b":[]}]}', 4, false],
    ['{"a":[{"b":[]}]}', 3, true],
    ['[[],[],[]]', 2, false],
    ['["[[[[", "\\"[[["]', 1, false],
    ['{"\\\\":[[]]}', 2, true],
  ])('%s deeper than %d: %s', (text, limit, expected) => {
    expect(jsonDeeperThan(text, limit)).toBe(expected);
  });

  it('scans 100,000 levels without recursion', () => {
    expect(jsonDeeperThan('['.repeat(100_000) + ']'.repeat(100_000), 256)).toBe(true);
  });
});
