import { describe, expect, it } from 'vitest';
import { authorizationEnforced } from '../../../src/check/builtin/authorization-enforced.ts';
import { apiKeyOperation, jsonResponse, makeContext, makeExchange } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());
const answer = (status: number) => jsonResponse(status, { detail: 'x', status, title: 'x' });

describe('authorization_enforced', () => {
  const forbidden = { expect: 'forbidden' as const, auth: 'forbidden' as const };
  it('passes a 403 and fails a 201', () => {
    expect(authorizationEnforced.run(ctx, makeExchange(answer(403), forbidden)).status).toBe('passed');
    expect(authorizationEnforced.run(ctx, makeExchange(answer(201), forbidden))).toMatchObject({
      status: 'failed',
      groupKey: 'forbidden:201',
    });
  });
  it('skips when no forbidden token was given', () => {
    const exchange = makeExchange(answer(401), { ...forbidden, tags: ['no-forbidden-token'] });
    expect(authorizationEnforced.run(ctx, exchange)).toEqual({
      status: 'skipped',
      why: 'no forbidden token given',
    });
  });
});
