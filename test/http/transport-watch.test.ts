import { describe, expect, it } from 'vitest';
import { createTransportWatch, type WatchedExchange } from '../../src/http/transport-watch.ts';

type Seen = WatchedExchange;

const answer = (status: number): Seen => ({
  response: { status, headers: {}, bodyText: '', bodyBytes: 0, truncated: false },
});
const failure = (code: 'timeout' | 'reset' = 'timeout'): Seen => ({
  error: { code, message: `no complete answer (${code})` },
});

function feed(watch: ReturnType<typeof createTransportWatch>, exchanges: Seen[]) {
  return exchanges.map((exchange) => watch.observe(exchange));
}

describe('createTransportWatch: transport failures', () => {
  it('says the target is failing at the fifth failure in a row, naming the last one', () => {
    const verdicts = feed(createTransportWatch(), [
      failure(),
      failure(),
      failure(),
      failure(),
      failure('reset'),
    ]);
    expect(verdicts.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined]);
    expect(verdicts[4]?.code).toBe('OAC_ERR_TARGET_FAILING');
    expect(verdicts[4]?.message).toContain('5 requests in a row');
    expect(verdicts[4]?.message).toContain('reset: no complete answer (reset)');
  });

  it('forgives failures separated by answers, 429 included', () => {
    const watch = createTransportWatch({ maxConsecutiveFailures: 2 });
    const verdicts = feed(watch, [failure(), answer(500), failure(), answer(429), failure(), answer(200)]);
    expect(verdicts.every((verdict) => verdict === undefined)).toBe(true);
  });

  it('neither counts nor forgives a failure while sending a large body (the server may refuse it so)', () => {
    const watch = createTransportWatch({ maxConsecutiveFailures: 2 });
    const large = {
      ...failure('reset'),
      request: { method: 'POST', url: '/', headers: {}, bodyBytes: 100_000 },
    };
    expect(feed(watch, [failure(), large, large, large])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(watch.observe(failure())?.code).toBe('OAC_ERR_TARGET_FAILING');
  });

  it('keeps its verdict once given', () => {
    const watch = createTransportWatch({ maxConsecutiveFailures: 1 });
    const first = watch.observe(failure());
    expect(watch.observe(answer(200))).toBe(first);
  });
});

describe('createTransportWatch: rate limiting', () => {
  it('says the target is rate-limiting when the first answers are all 429', () => {
    const verdicts = feed(createTransportWatch({ maxRateLimited: 3 }), [
      answer(429),
      answer(429),
      answer(429),
    ]);
    expect(verdicts[1]).toBeUndefined();
    expect(verdicts[2]?.code).toBe('OAC_ERR_RATE_LIMITED');
    expect(verdicts[2]?.message).toContain('the target is rate-limiting');
  });

  it('counts only 429s in a row: any other answer or a failure starts again', () => {
    const watch = createTransportWatch({ maxRateLimited: 2, maxConsecutiveFailures: 9 });
    const verdicts = feed(watch, [answer(429), answer(401), answer(429), failure(), answer(429)]);
    expect(verdicts.every((verdict) => verdict === undefined)).toBe(true);
    expect(watch.observe(answer(429))?.code).toBe('OAC_ERR_RATE_LIMITED');
  });

  it('uses 5 for both limits by default', () => {
    const watch = createTransportWatch();
    const verdicts = feed(
      watch,
      Array.from({ length: 5 }, () => answer(429)),
    );
    expect(verdicts.findIndex((verdict) => verdict !== undefined)).toBe(4);
  });
});

describe('createTransportWatch.forgive', () => {
  it('takes back a failing verdict and starts the streak again', () => {
    const watch = createTransportWatch();
    feed(watch, [failure(), failure(), failure(), failure()]);
    expect(watch.observe(failure())?.code).toBe('OAC_ERR_TARGET_FAILING');
    watch.forgive();
    expect(feed(watch, [failure(), failure(), failure(), failure()])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(watch.observe(failure())?.code).toBe('OAC_ERR_TARGET_FAILING');
  });
});
