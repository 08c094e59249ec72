import { describe, expect, it } from 'vitest';
import { responseSchemaConformance } from '../../../src/check/builtin/response-schema-conformance.ts';
import { makeContext, makeExchange, makeOperation, textResponse } from '../helpers.ts';

/** Like revokeServiceAccountApiKey: a 204 whose declaration (wrongly) carries JSON content. */
const ctx = makeContext(
  makeOperation([{ status: '204', media: [{ mediaType: 'application/json', schema: { type: 'object' } }] }]),
);

describe('response_schema_conformance on a bodyless status', () => {
  it('does not ask a 204 for the JSON body its declaration mentions (a document finding instead)', () => {
    const outcome = responseSchemaConformance.run(ctx, makeExchange(textResponse(204, '')));
    expect(outcome).toEqual({ status: 'skipped', why: 'no body' });
  });

  it('still validates a 204 that does send a body', () => {
    const outcome = responseSchemaConformance.run(
      ctx,
      makeExchange(textResponse(204, '[1]', { 'content-type': 'application/json' })),
    );
    expect(outcome.status).toBe('failed');
  });
});
