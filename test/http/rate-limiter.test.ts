import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter, type RateLimiter } from '../../src/http/rate-limiter.ts';

// The limiter reads `performance.now()` and sleeps with `setTimeout`: both faked, so pacing is exact and instant.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Asks `count` turns at once; the fake time (ms since `origin`) at which each was granted, checked in order. */
async function grantTimes(limiter: RateLimiter, count: number, origin: number): Promise<number[]> {
  const order: number[] = [];
  const times: number[] = [];
  const turns = Array.from({ length: count }, (_, index) =>
    limiter.acquire().then(() => {
      order.push(index);
      times[index] = performance.now() - origin;
    }),
  );
  await vi.runAllTimersAsync();
  await Promise.all(turns);
  expect(order).toEqual(Array.from({ length: count }, (_, index) => index));
  return times;
}

describe('createRateLimiter', () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a rate of %d per second', (rate) => {
    expect(() => createRateLimiter(rate)).toThrow(RangeError);
  });

  it('grants concurrent callers in the order they asked, at 0, 1/rate, 2/rate ... seconds', async () => {
    const origin = performance.now();
    const times = await grantTimes(createRateLimiter(4), 6, origin);
    expect(times).toEqual([0, 250, 500, 750, 1000, 1250]);
  });

  it('starts at most `rate` requests in any one-second window', async () => {
    const rate = 20;
    const times = await grantTimes(createRateLimiter(rate), 50, performance.now());
    const inWindow = times.map((start) => times.filter((t) => t >= start && t < start + 1000).length);
    expect(Math.max(...inWindow)).toBe(rate);
  });

  it('keeps no burst after an idle time: one token, then evenly spaced again', async () => {
    const limiter = createRateLimiter(10);
    const origin = performance.now();
    await limiter.acquire();
    await vi.advanceTimersByTimeAsync(5000);
    expect(await grantTimes(limiter, 3, origin)).toEqual([5000, 5100, 5200]);
  });

  it('makes a caller that comes mid-interval wait only for the rest of it', async () => {
    const limiter = createRateLimiter(4);
    const origin = performance.now();
    await limiter.acquire();
    await vi.advanceTimersByTimeAsync(100);
    expect(await grantTimes(limiter, 2, origin)).toEqual([250, 500]);
  });
});
