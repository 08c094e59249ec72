import { describe, expect, it } from 'vitest';
import { authenticationEnforced } from '../../../src/check/builtin/authentication-enforced.ts';
import { authorizationEnforced } from '../../../src/check/builtin/authorization-enforced.ts';
import { bearerSchemeCaseInsensitive } from '../../../src/check/builtin/bearer-scheme-case-insensitive.ts';
import { negativeDataRejection } from '../../../src/check/builtin/negative-data-rejection.ts';
import { positiveDataAcceptance } from '../../../src/check/builtin/positive-data-acceptance.ts';
import { unknownResourceNotFound } from '../../../src/check/builtin/unknown-resource-not-found.ts';
import {
  CREDENTIAL_PLACE_TAG,
  CREDENTIALS_UNMET_TAG,
  type CaseCredentials,
} from '../../../src/generate/types.ts';
import { apiKeyOperation, jsonResponse, makeContext, makeExchange } from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());
const answer = (status: number) => jsonResponse(status, { detail: 'x', status, title: 'x' });
const apiKey: CaseCredentials = {
  schemes: [{ key: 'ApiKeyAuth', placement: { kind: 'header', name: 'X-API-Key' } }],
  fault: 'ApiKeyAuth',
};
const bearer: CaseCredentials = { schemes: [{ key: 'jwt', placement: { kind: 'bearer' } }], fault: 'jwt' };

describe('authentication and authorization checks per scheme', () => {
  it('name the scheme at fault and group its failures apart', () => {
    const garbled = { expect: 'unauthenticated' as const, auth: 'garbled' as const, credentials: apiKey };
    const outcome = authenticationEnforced.run(ctx, makeExchange(answer(200), garbled));
    expect(outcome).toMatchObject({ status: 'failed', groupKey: 'auth:ApiKeyAuth:garbled:200' });
    expect(outcome.status === 'failed' && outcome.message).toContain('for security scheme ApiKeyAuth');
    expect(authenticationEnforced.run(ctx, makeExchange(answer(401), garbled)).status).toBe('passed');
    const forbidden = { expect: 'forbidden' as const, auth: 'forbidden' as const, credentials: apiKey };
    expect(authorizationEnforced.run(ctx, makeExchange(answer(200), forbidden))).toMatchObject({
      status: 'failed',
      groupKey: 'forbidden:ApiKeyAuth:200',
    });
  });

  it('keep the group keys of bearer faults as they were (baselines hold them)', () => {
    const garbled = { expect: 'unauthenticated' as const, auth: 'garbled' as const, credentials: bearer };
    expect(authenticationEnforced.run(ctx, makeExchange(answer(200), garbled))).toMatchObject({
      groupKey: 'auth:garbled:200',
    });
  });

  it('judge the bearer scheme name only for http bearer schemes', () => {
    const lower = { expect: 'accepted' as const, auth: 'scheme-lowercase' as const };
    expect(
      bearerSchemeCaseInsensitive.run(ctx, makeExchange(answer(401), { ...lower, credentials: bearer }))
        .status,
    ).toBe('failed');
    expect(
      bearerSchemeCaseInsensitive.run(ctx, makeExchange(answer(401), { ...lower, credentials: apiKey })),
    ).toEqual({
      status: 'skipped',
      why: 'not an http bearer scheme',
    });
  });
});

describe('cases sent without the credentials their operation requires', () => {
  const unmet = { tags: [CREDENTIALS_UNMET_TAG], auth: 'none' as const, credentials: { schemes: [] } };
  const valid = { ...unmet, expect: 'accepted' as const };
  const invalid = { ...unmet, expect: 'rejected' as const };
  const unknown = { ...unmet, expect: 'not-found' as const };

  it.each([401, 403])('note a %i instead of judging the data', (status) => {
    for (const [check, fields] of [
      [positiveDataAcceptance, valid],
      [negativeDataRejection, invalid],
      [unknownResourceNotFound, unknown],
    ] as const) {
      const outcome = check.run(ctx, makeExchange(answer(status), fields));
      expect(outcome.status).toBe('noted');
      expect(outcome.status === 'noted' && outcome.message).toContain('no credential');
    }
  });

  it('judge other answers as usual, and a 401 to a case with credentials still fails', () => {
    expect(negativeDataRejection.run(ctx, makeExchange(answer(400), invalid)).status).toBe('passed');
    expect(positiveDataAcceptance.run(ctx, makeExchange(answer(400), valid)).status).toBe('failed');
    expect(positiveDataAcceptance.run(ctx, makeExchange(answer(401), { expect: 'accepted' })).status).toBe(
      'failed',
    );
  });
});

describe('a case whose invalid parameter sat where a credential goes', () => {
  it('is not judged: the credential was sent in its place', () => {
    const fields = { expect: 'rejected' as const, tags: [CREDENTIAL_PLACE_TAG] };
    expect(negativeDataRejection.run(ctx, makeExchange(answer(201), fields))).toMatchObject({
      status: 'skipped',
    });
  });
});
