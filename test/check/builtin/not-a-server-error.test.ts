import { describe, expect, it } from 'vitest';
import { notAServerError } from '../../../src/check/builtin/not-a-server-error.ts';
import { apiKeyOperation, jsonResponse, makeContext, makeExchange, textResponse } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());

describe('not_a_server_error', () => {
  it('passes below 500', () => {
    expect(notAServerError.run(ctx, makeExchange(jsonResponse(400, { detail: 'x' }))).status).toBe('passed');
  });

  it('fails a 5xx with status, excerpt and a group per status', () => {
    const outcome = notAServerError.run(ctx, makeExchange(textResponse(503, 'upstream down')));
    expect(outcome).toMatchObject({
      status: 'failed',
      evidence: { status: 503, actual: '503', excerpt: 'upstream down' },
      groupKey: 'status:503',
    });
  });

  it('fails a dropped connection or a non-HTTP answer, not a timeout', () => {
    const reset = makeExchange(
      undefined,
      {},
      { error: { code: 'reset', message: 'UND_ERR_SOCKET: other side closed (after status 200)' } },
    );
    expect(notAServerError.run(ctx, reset)).toMatchObject({ status: 'failed', groupKey: 'transport:reset' });
    const garbage = makeExchange(undefined, {}, { error: { code: 'protocol', message: 'HPE_INVALID' } });
    expect(notAServerError.run(ctx, garbage)).toMatchObject({
      status: 'failed',
      groupKey: 'transport:protocol',
    });
    const timeout = makeExchange(undefined, {}, { error: { code: 'timeout', message: 'no answer' } });
    expect(notAServerError.run(ctx, timeout).status).toBe('skipped');
  });

  it('does not blame a reset while a large body was still being sent', () => {
    const exchange = makeExchange(
      undefined,
      { body: { kind: 'raw', text: 'a'.repeat(100_000), note: 'big' } },
      {
        error: { code: 'reset', message: 'ECONNRESET: read ECONNRESET (before any status)' },
      },
    );
    expect(notAServerError.run(ctx, exchange).status).toBe('skipped');
  });
});
