import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/http/retry-after.ts';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it.each([
    ['0', 0],
    ['5', 5000],
    [' 120 ', 120_000],
    ['Thu, 01 Jan 2026 00:00:30 GMT', 30_000],
    ['Thursday, 01-Jan-26 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
  ])('reads %j as %d ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });

  it.each([undefined, '', '1.5', '-1', 'soon', '2026-01-01'])('cannot read %j', (header) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
  });
});
