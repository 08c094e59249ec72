import { describe, expect, it } from 'vitest';
import { negativeDataRejection } from '../../../src/check/builtin/negative-data-rejection.ts';
import { NOT_UNIQUE_TAG, type Reason } from '../../../src/generate/types.ts';
import {
  apiKeyOperation,
  jsonResponse,
  makeContext,
  makeExchange,
  makeOperation,
  mintedResponse,
} from '../helpers.ts';

const reason: Reason = {
  location: 'body',
  keyword: 'maxLength',
  schemaPath: '#/properties/name/maxLength',
  instancePath: '/name',
  description: 'name has 129 code points (maxLength 128)',
};
const rejected = { expect: 'rejected' as const, phase: 'negative' as const, reason };
const answer = (status: number) => jsonResponse(status, { detail: 'x', status, title: 'x' });

describe('negative_data_rejection', () => {
  it('expects 400 when declared', () => {
    const ctx = makeContext(apiKeyOperation());
    expect(negativeDataRejection.run(ctx, makeExchange(answer(400), rejected)).status).toBe('passed');
    expect(negativeDataRejection.run(ctx, makeExchange(answer(422), rejected)).status).toBe('failed');
  });

  it('accepts 400 and 422 alike when both are declared: the document ties neither to a reason', () => {
    const both = makeContext(
      makeOperation([{ status: '201' }, { status: '400' }, { status: '422' }, { status: '409' }]),
    );
    expect(negativeDataRejection.run(both, makeExchange(answer(400), rejected)).status).toBe('passed');
    expect(negativeDataRejection.run(both, makeExchange(answer(422), rejected)).status).toBe('passed');
    expect(negativeDataRejection.run(both, makeExchange(answer(409), rejected)).status).toBe('failed');
  });

  it('expects 422 when 400 is not declared, else any declared client error', () => {
    const unprocessable = makeContext(
      makeOperation([{ status: '201' }, { status: '422' }, { status: '401' }]),
    );
    expect(negativeDataRejection.run(unprocessable, makeExchange(answer(422), rejected)).status).toBe(
      'passed',
    );
    const ranged = makeContext(makeOperation([{ status: '201' }, { status: '4XX' }]));
    expect(negativeDataRejection.run(ranged, makeExchange(answer(418), rejected)).status).toBe('passed');
    expect(negativeDataRejection.run(ranged, makeExchange(answer(401), rejected)).status).toBe('failed');
  });

  it('notes a 409 to a case whose unique field could not be made unique, and fails it otherwise', () => {
    const ctx = makeContext(apiKeyOperation());
    const repeatable = { ...rejected, tags: [NOT_UNIQUE_TAG] };
    expect(negativeDataRejection.run(ctx, makeExchange(answer(409), repeatable))).toMatchObject({
      status: 'noted',
      message: expect.stringContaining('could not be made unique') as string,
    });
    expect(negativeDataRejection.run(ctx, makeExchange(answer(409), rejected)).status).toBe('failed');
    expect(negativeDataRejection.run(ctx, makeExchange(mintedResponse(), repeatable)).status).toBe('failed');
  });

  it('notes an accepted case that only a format makes invalid (formats are annotations), passes its 400', () => {
    const ctx = makeContext(apiKeyOperation());
    const formatReason: Reason = {
      location: 'body',
      keyword: 'format',
      schemaPath: '#/properties/email/format',
      instancePath: '/email',
      description: 'email is "someone@", not a valid email',
      formatOnly: true,
    };
    const formatCase = { ...rejected, reason: formatReason };
    expect(negativeDataRejection.run(ctx, makeExchange(mintedResponse(), formatCase)).status).toBe('noted');
    expect(negativeDataRejection.run(ctx, makeExchange(answer(400), formatCase)).status).toBe('passed');
    expect(negativeDataRejection.run(ctx, makeExchange(answer(409), formatCase)).status).toBe('failed');
  });

  it('accepts tolerated statuses and a 404 for a bad path value', () => {
    const ctx = makeContext(apiKeyOperation());
    expect(
      negativeDataRejection.run(ctx, makeExchange(answer(413), { ...rejected, tolerated: [413] })).status,
    ).toBe('passed');
    const pathReason = { ...reason, location: 'path' as const };
    expect(
      negativeDataRejection.run(ctx, makeExchange(answer(404), { ...rejected, reason: pathReason })).status,
    ).toBe('passed');
  });

  it('fails accepted invalid data, naming the reason in the evidence', () => {
    const ctx = makeContext(apiKeyOperation());
    const outcome = negativeDataRejection.run(ctx, makeExchange(mintedResponse(), rejected));
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.message).toContain('name has 129 code points (maxLength 128)');
    expect(outcome.evidence.expected).toBe(
      '400 (name has 129 code points (maxLength 128); maxLength at body #/properties/name/maxLength)',
    );
    expect(outcome.evidence.actual).toBe('201');
    expect(outcome.groupKey).toBe('body:maxLength:#/properties/name/maxLength:201');
  });

  it('skips valid cases and 5xx answers', () => {
    const ctx = makeContext(apiKeyOperation());
    expect(negativeDataRejection.run(ctx, makeExchange(answer(400))).status).toBe('skipped');
    expect(negativeDataRejection.run(ctx, makeExchange(answer(500), rejected)).status).toBe('skipped');
  });
});
