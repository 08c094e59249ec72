import { describe, expect, it } from 'vitest';
import { statusCodeConformance } from '../../../src/check/builtin/status-code-conformance.ts';
import { jsonResponse, makeContext, makeExchange, makeOperation } from '../helpers.ts';

const ctx = makeContext(makeOperation([{ status: '201' }, { status: '4XX' }]));

describe('status_code_conformance', () => {
  it('passes exact and range declarations', () => {
    expect(statusCodeConformance.run(ctx, makeExchange(jsonResponse(201, {}))).status).toBe('passed');
    expect(statusCodeConformance.run(ctx, makeExchange(jsonResponse(418, {}))).status).toBe('passed');
  });

  it('passes a status the case tolerates', () => {
    expect(
      statusCodeConformance.run(ctx, makeExchange(jsonResponse(500, {}), { tolerated: [500] })).status,
    ).toBe('passed');
    const strict = makeContext(makeOperation([{ status: '201' }, { status: '400' }]));
    const bodyless = { body: { kind: 'none' as const }, tolerated: [400] };
    expect(statusCodeConformance.run(strict, makeExchange(jsonResponse(415, {}), bodyless)).status).toBe(
      'passed',
    );
    expect(statusCodeConformance.run(strict, makeExchange(jsonResponse(415, {}))).status).toBe('failed');
  });

  it('fails an undeclared status, listing the declared ones', () => {
    const outcome = statusCodeConformance.run(ctx, makeExchange(jsonResponse(200, {})));
    expect(outcome).toMatchObject({
      status: 'failed',
      evidence: { expected: 'one of 201, 4XX', actual: '200', status: 200 },
      groupKey: 'status:200',
    });
  });

  it('skips without a response', () => {
    expect(statusCodeConformance.run(ctx, makeExchange(undefined)).status).toBe('skipped');
  });
});
