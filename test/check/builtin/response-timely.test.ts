import { describe, expect, it } from 'vitest';
import { responseTimely } from '../../../src/check/builtin/response-timely.ts';
import { apiKeyOperation, makeContext, makeExchange, mintedResponse } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());

describe('response_timely', () => {
  it('passes a complete answer', () => {
    expect(responseTimely.run(ctx, makeExchange(mintedResponse())).status).toBe('passed');
  });

  it('fails a timeout and a too-large answer (headers beyond what any client takes)', () => {
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
  });

  it('notes a body beyond the size limit of the run without judging it: a large answer may be right', () => {
    const cut = makeExchange({ ...mintedResponse(), truncated: true, bodyBytes: 1024 });
    expect(responseTimely.run(ctx, cut)).toEqual({
      status: 'noted',
      message:
        'a 201 body is larger than CONTRACT_MAX_RESPONSE_BYTES (1024 bytes): cut and not checked; raise the limit to check it',
    });
  });

  it('skips other transport errors', () => {
    expect(
      responseTimely.run(ctx, makeExchange(undefined, {}, { error: { code: 'reset', message: 'x' } })).status,
    ).toBe('skipped');
  });
});
