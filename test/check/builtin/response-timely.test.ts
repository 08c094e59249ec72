import { describe, expect, it } from 'vitest';
import { responseTimely } from '../../../src/check/builtin/response-timely.ts';
import { apiKeyOperation, makeContext, makeExchange, mintedResponse } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());

describe('response_timely', () => {
  it('passes a complete answer', () => {
    expect(responseTimely.run(ctx, makeExchange(mintedResponse())).status).toBe('passed');
  });

  it('fails a timeout, a too-large answer and a truncated body', () => {
    const timeout = makeExchange(
      undefined,
      {},
      { error: { code: 'timeout', message: 'no complete answer within 500 ms (before any status)' } },
    );
    expect(responseTimely.run(ctx, timeout)).toMatchObject({
      status: 'failed',
      groupKey: 'timeout',
      evidence: { actual: expect.stringContaining('500 ms') as string },
    });
    const large = makeExchange(undefined, {}, { error: { code: 'too-large', message: 'headers overflow' } });
    expect(responseTimely.run(ctx, large)).toMatchObject({ status: 'failed', groupKey: 'too-large' });
    const cut = makeExchange({ ...mintedResponse(), truncated: true });
    expect(responseTimely.run(ctx, cut)).toMatchObject({ status: 'failed', groupKey: 'truncated' });
  });

  it('skips other transport errors', () => {
    expect(
      responseTimely.run(ctx, makeExchange(undefined, {}, { error: { code: 'reset', message: 'x' } })).status,
    ).toBe('skipped');
  });
});
