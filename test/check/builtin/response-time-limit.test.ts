import { describe, expect, it } from 'vitest';
import { responseTimeLimit } from '../../../src/check/builtin/response-time-limit.ts';
import { apiKeyOperation, makeContext, makeExchange, mintedResponse } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());

describe('response_time_limit', () => {
  it('is skipped unless a limit is set', () => {
    expect(responseTimeLimit.run(ctx, makeExchange(mintedResponse(), {}, { durationMs: 9999 })).status).toBe(
      'skipped',
    );
  });

  it('fails answers slower than the limit', () => {
    const limited = makeContext(apiKeyOperation(), { responseTimeLimitMs: 100 });
    expect(
      responseTimeLimit.run(limited, makeExchange(mintedResponse(), {}, { durationMs: 99 })).status,
    ).toBe('passed');
    const slow = responseTimeLimit.run(limited, makeExchange(mintedResponse(), {}, { durationMs: 250.4 }));
    expect(slow).toMatchObject({
      status: 'failed',
      evidence: { expected: 'at most 100 ms', actual: '250 ms' },
    });
  });
});
