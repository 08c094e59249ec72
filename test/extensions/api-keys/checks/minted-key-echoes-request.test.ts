import { describe, expect, it } from 'vitest';
import { mintedKeyEchoesRequest } from '../../../../src/extensions/api-keys/checks/minted-key-echoes-request.ts';
import {
  apiKeyOperation,
  jsonResponse,
  makeContext,
  makeExchange,
  mintedResponse,
} from '../../../check/helpers.ts';

const ctx = makeContext(apiKeyOperation());
const body = (value: unknown) => ({ body: { kind: 'json' as const, value } });

describe('minted_key_echoes_request', () => {
  it('passes when name and expiresAt come back exactly', () => {
    const exchange = makeExchange(
      mintedResponse({ name: 'ci 😀', expiresAt: 1893456000000 }),
      body({ name: 'ci 😀', expiresAt: 1893456000000 }),
    );
    expect(mintedKeyEchoesRequest.run(ctx, exchange).status).toBe('passed');
  });

  it('compares with the body actually sent (unique tags included)', () => {
    const exchange = makeExchange(mintedResponse({ name: 'tagged-1' }), body({ name: 'tagged-0' }));
    exchange.request.bodyText = '{"name":"tagged-1"}';
    expect(mintedKeyEchoesRequest.run(ctx, exchange).status).toBe('passed');
  });

  it('fails a changed field, naming it, and ignores fields the key does not carry', () => {
    const exchange = makeExchange(mintedResponse({ name: 'ci' }), body({ name: 'ci ', other: 1 }));
    const outcome = mintedKeyEchoesRequest.run(ctx, exchange);
    expect(outcome).toMatchObject({
      status: 'failed',
      evidence: { expected: 'name as sent', actual: 'name: sent "ci ", returned "ci"' },
      groupKey: 'echo:name',
    });
  });

  it('fails a sent field that the key schema declares but the key leaves out', () => {
    const outcome = mintedKeyEchoesRequest.run(
      ctx,
      makeExchange(mintedResponse(), body({ name: 'x', expiresAt: 1893456000000 })),
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      evidence: { actual: 'expiresAt: sent 1893456000000, not returned' },
      groupKey: 'echo:expiresAt',
    });
  });

  it('abbreviates long values with their lengths', () => {
    const long = '😀'.repeat(128);
    const outcome = mintedKeyEchoesRequest.run(
      ctx,
      makeExchange(mintedResponse({ name: long.slice(0, 254) }), body({ name: long })),
    );
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed')
      expect(outcome.evidence.actual).toContain('128 code points, 256 UTF-16 units, 512 UTF-8 bytes');
  });

  it("skips an invalid request that minted a key: that is negative_data_rejection's finding", () => {
    const exchange = makeExchange(mintedResponse({ name: 'ci', expiresAt: 1 }), {
      ...body({ name: 'ci', expiresAt: '1' }),
      expect: 'rejected' as const,
    });
    expect(mintedKeyEchoesRequest.run(ctx, exchange).status).toBe('skipped');
  });

  it('skips answers that mint nothing', () => {
    expect(mintedKeyEchoesRequest.run(ctx, makeExchange(jsonResponse(400, { detail: 'x' }))).status).toBe(
      'skipped',
    );
    expect(mintedKeyEchoesRequest.run(ctx, makeExchange(jsonResponse(201, { value: 'short' }))).status).toBe(
      'skipped',
    );
  });
});
