import { describe, expect, it } from 'vitest';
import { responseHeadersConformance } from '../../../src/check/builtin/response-headers-conformance.ts';
import { jsonResponse, makeContext, makeExchange, makeOperation } from '../helpers.ts';

const ctx = makeContext(
  makeOperation([
    {
      status: '201',
      headers: [
        { name: 'Location', required: true, schema: { type: 'string', minLength: 1 } },
        { name: 'X-RateLimit-Remaining', required: false, schema: { type: 'integer', minimum: 0 } },
        { name: 'X-Flag', required: false, schema: { type: 'boolean' } },
        { name: 'Content-Type', required: true },
      ],
    },
    { status: '400' },
  ]),
);

describe('response_headers_conformance', () => {
  it('passes present, valid headers, coercing numbers and booleans', () => {
    const response = jsonResponse(
      201,
      {},
      { location: '/k/1', 'x-ratelimit-remaining': '7', 'x-flag': 'true' },
    );
    expect(responseHeadersConformance.run(ctx, makeExchange(response)).status).toBe('passed');
  });

  it('fails a missing required header and an invalid value', () => {
    const outcome = responseHeadersConformance.run(
      ctx,
      makeExchange(jsonResponse(201, {}, { 'x-ratelimit-remaining': '-1' })),
    );
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.evidence.actual).toContain('location: required, missing');
    expect(outcome.evidence.actual).toContain('x-ratelimit-remaining: /: must be >= 0 (minimum)');
    expect(outcome.groupKey).toBe('201:location,x-ratelimit-remaining');
  });

  it('rejects a value that is not a boolean', () => {
    const outcome = responseHeadersConformance.run(
      ctx,
      makeExchange(jsonResponse(201, {}, { location: '/k', 'x-flag': 'yes' })),
    );
    expect(outcome).toMatchObject({ status: 'failed', groupKey: '201:x-flag' });
  });

  it('passes a status that declares no headers and skips an undeclared status', () => {
    expect(responseHeadersConformance.run(ctx, makeExchange(jsonResponse(400, {}))).status).toBe('passed');
    expect(responseHeadersConformance.run(ctx, makeExchange(jsonResponse(418, {}))).status).toBe('skipped');
  });
});
