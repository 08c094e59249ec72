import { describe, expect, it } from 'vitest';
import { positiveDataAcceptance } from '../../../src/check/builtin/positive-data-acceptance.ts';
import {
  apiKeyOperation,
  jsonResponse,
  makeContext,
  makeExchange,
  makeOperation,
  mintedResponse,
} from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());
const error = (status: number) => jsonResponse(status, { detail: 'name is too long', status, title: 'x' });

describe('positive_data_acceptance', () => {
  it('passes a 2xx, notes a tolerated status (an uncertain expectation), and skips other cases', () => {
    expect(positiveDataAcceptance.run(ctx, makeExchange(mintedResponse())).status).toBe('passed');
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(413), { tolerated: [413] })).status).toBe(
      'noted',
    );
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(400), { expect: 'rejected' })).status).toBe(
      'skipped',
    );
  });

  it('notes a declared 402 or 409 as not exercised', () => {
    const quota = positiveDataAcceptance.run(ctx, makeExchange(error(402), { title: 'name: 1 emoji' }));
    // The reason is the same for every case (grouped, counted); the case is its example.
    expect(quota).toEqual({
      status: 'noted',
      message: '402 (payment or quota required): valid request not exercised',
      example: 'name: 1 emoji',
    });
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(409))).status).toBe('noted');
  });

  it('fails a 409 the operation does not declare', () => {
    const bare = makeContext(makeOperation([{ status: '201' }, { status: '400' }]));
    expect(positiveDataAcceptance.run(bare, makeExchange(error(409))).status).toBe('failed');
  });

  it('fails a rejected valid request with the case and the server reason', () => {
    const outcome = positiveDataAcceptance.run(ctx, makeExchange(error(400), { title: 'name: 128 emoji' }));
    expect(outcome).toMatchObject({
      status: 'failed',
      message: 'a valid request (name: 128 emoji) was answered 400, expected 2xx',
      evidence: {
        expected: '2xx',
        actual: '400',
        status: 400,
        excerpt: expect.stringContaining('name is too long') as string,
      },
      groupKey: 'rejected-valid:400',
    });
  });

  it('tolerates 415 like 400 for a bodyless request to an operation whose body is optional', () => {
    const bodyless = { body: { kind: 'none' as const }, tolerated: [400] };
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(415), bodyless)).status).toBe('noted');
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(400), bodyless)).status).toBe('noted');
    const withBody = { tolerated: [400] };
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(415), withBody)).status).toBe('failed');
    const strict = { body: { kind: 'none' as const } };
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(415), strict)).status).toBe('failed');
  });

  it('leaves a 5xx to not_a_server_error', () => {
    expect(positiveDataAcceptance.run(ctx, makeExchange(error(500))).status).toBe('skipped');
  });
});
