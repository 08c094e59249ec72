import { describe, expect, it } from 'vitest';
import { bearerSchemeCaseInsensitive } from '../../../src/check/builtin/bearer-scheme-case-insensitive.ts';
import { apiKeyOperation, jsonResponse, makeContext, makeExchange, mintedResponse } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());
const answer = (status: number) => jsonResponse(status, { detail: 'x', status, title: 'x' });

describe('bearer_scheme_case_insensitive', () => {
  it('fails a 401 for a lower- or upper-case scheme, passes anything else', () => {
    const lower = makeExchange(answer(401), { auth: 'scheme-lowercase' });
    expect(bearerSchemeCaseInsensitive.run(ctx, lower)).toMatchObject({
      status: 'failed',
      groupKey: 'scheme:bearer',
    });
    expect(
      bearerSchemeCaseInsensitive.run(ctx, makeExchange(mintedResponse(), { auth: 'scheme-uppercase' }))
        .status,
    ).toBe('passed');
    expect(bearerSchemeCaseInsensitive.run(ctx, makeExchange(answer(401))).status).toBe('skipped');
  });
});
