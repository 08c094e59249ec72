import { describe, expect, it } from 'vitest';
import { authenticationEnforced } from '../../../src/check/builtin/authentication-enforced.ts';
import { apiKeyOperation, jsonResponse, makeContext, makeExchange, mintedResponse } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());
const answer = (status: number) => jsonResponse(status, { detail: 'x', status, title: 'x' });

describe('authentication_enforced', () => {
  const unauthenticated = {
    expect: 'unauthenticated' as const,
    auth: 'garbled' as const,
    phase: 'auth' as const,
  };
  it('passes a 401 and fails anything else with the auth mode', () => {
    expect(authenticationEnforced.run(ctx, makeExchange(answer(401), unauthenticated)).status).toBe('passed');
    const outcome = authenticationEnforced.run(ctx, makeExchange(mintedResponse(), unauthenticated));
    expect(outcome).toMatchObject({
      status: 'failed',
      evidence: { expected: '401', actual: '201' },
      groupKey: 'auth:garbled:201',
    });
    if (outcome.status === 'failed') expect(outcome.message).toContain('"garbled"');
  });
  it('skips other cases', () => {
    expect(authenticationEnforced.run(ctx, makeExchange(answer(401))).status).toBe('skipped');
  });
});
