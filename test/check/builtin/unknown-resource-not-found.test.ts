import { describe, expect, it } from 'vitest';
import { unknownResourceNotFound } from '../../../src/check/builtin/unknown-resource-not-found.ts';
import { apiKeyOperation, jsonResponse, makeContext, makeExchange, makeOperation } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());
const answer = (status: number) => jsonResponse(status, { detail: 'x', status, title: 'x' });

describe('unknown_resource_not_found', () => {
  const notFound = { expect: 'not-found' as const, phase: 'resource' as const };
  it('passes a 404 and fails a 400', () => {
    expect(unknownResourceNotFound.run(ctx, makeExchange(answer(404), notFound)).status).toBe('passed');
    expect(unknownResourceNotFound.run(ctx, makeExchange(answer(400), notFound))).toMatchObject({
      status: 'failed',
      evidence: { expected: '404' },
    });
  });

  it('notes a declared 403 (the server may hide whether the resource exists), fails an undeclared one', () => {
    expect(unknownResourceNotFound.run(ctx, makeExchange(answer(403), notFound)).status).toBe('noted');
    const no403 = makeContext(makeOperation([{ status: '201' }, { status: '404' }]));
    expect(unknownResourceNotFound.run(no403, makeExchange(answer(403), notFound)).status).toBe('failed');
  });
});
