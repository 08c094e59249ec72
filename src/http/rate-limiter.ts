/** Paces requests: every caller waits its turn, so that at most `perSecond` requests start in any second. */
export interface RateLimiter {
  /** Resolves when the caller may send; callers are served in the order they asked. */
  acquire(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A token bucket that holds one token and gains one every `1 / perSecond` seconds. Holding a single token
 * (no burst) keeps the bound strict in every window, whatever the concurrency: requests start evenly spaced.
 */
export function createRateLimiter(perSecond: number): RateLimiter {
  if (!(perSecond > 0) || !Number.isFinite(perSecond))
    throw new RangeError(`createRateLimiter: perSecond must be a positive number, got ${perSecond}`);
  const interval = 1000 / perSecond;
  // When the next token is due. Each caller books the next slot at once, before waiting for it.
  let nextSlot = 0;
  return {
    async acquire() {
      const now = performance.now();
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + interval;
      if (slot > now) await sleep(slot - now);
    },
  };
}
