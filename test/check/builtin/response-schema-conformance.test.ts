import { describe, expect, it } from 'vitest';
import { responseSchemaConformance } from '../../../src/check/builtin/response-schema-conformance.ts';
import {
  apiKeyOperation,
  jsonResponse,
  makeContext,
  makeExchange,
  makeOperation,
  mintedResponse,
  textResponse,
} from '../helpers.ts';

const ctx = makeContext(apiKeyOperation());

describe('response_schema_conformance', () => {
  it('passes a body valid for its status', () => {
    expect(responseSchemaConformance.run(ctx, makeExchange(mintedResponse())).status).toBe('passed');
    const problem = jsonResponse(
      400,
      { detail: 'bad', status: 400, title: 'Bad Request' },
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect(responseSchemaConformance.run(ctx, makeExchange(problem)).status).toBe('passed');
  });

  it('fails an invalid body with ajv errors in words and groups by schema path', () => {
    const outcome = responseSchemaConformance.run(ctx, makeExchange(mintedResponse({ extra: 1, name: 5 })));
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.message).toContain(
      '/apiKey: must not have property "extra" (additionalProperties: false)',
    );
    expect(outcome.message).toContain('/apiKey/name: must be string (type)');
    expect(outcome.evidence.schemaErrors?.map((error) => error.keyword).sort()).toEqual([
      'additionalProperties',
      'type',
    ]);
    expect(outcome.groupKey).toContain('#/properties/apiKey/additionalProperties');
    expect(outcome.groupKey).toContain('#/properties/apiKey/properties/name/type');
  });

  it('fails an empty or non-JSON body where JSON is declared', () => {
    const empty = responseSchemaConformance.run(
      ctx,
      makeExchange(textResponse(201, '', { 'content-type': 'application/json' })),
    );
    expect(empty).toMatchObject({ status: 'failed', evidence: { actual: 'an empty body' } });
    const broken = responseSchemaConformance.run(
      ctx,
      makeExchange(textResponse(500, '<html>', { 'content-type': 'application/json' })),
    );
    expect(broken).toMatchObject({ status: 'failed', evidence: { excerpt: '<html>' } });
  });

  it('validates an undeclared JSON type against the single declared JSON schema', () => {
    const problemJson = jsonResponse(400, { detail: 'x' }, { 'content-type': 'application/problem+json' });
    expect(responseSchemaConformance.run(ctx, makeExchange(problemJson)).status).toBe('failed');
  });

  it('skips undeclared statuses, truncated bodies and other media types', () => {
    expect(responseSchemaConformance.run(ctx, makeExchange(jsonResponse(418, {}))).status).toBe('skipped');
    expect(
      responseSchemaConformance.run(ctx, makeExchange({ ...mintedResponse(), truncated: true })).status,
    ).toBe('skipped');
    expect(
      responseSchemaConformance.run(
        ctx,
        makeExchange(textResponse(400, 'x', { 'content-type': 'text/plain' })),
      ).status,
    ).toBe('skipped');
  });
});

describe('response_schema_conformance and formats the run itself broke', () => {
  const orders = makeOperation([
    {
      status: '201',
      media: [
        {
          mediaType: 'application/json',
          schema: {
            type: 'object',
            properties: { email: { type: 'string', format: 'email' }, id: { type: 'integer' } },
          },
        },
      ],
    },
    {
      status: '200',
      media: [
        {
          mediaType: 'application/json',
          schema: {
            type: 'array',
            items: { type: 'object', properties: { email: { type: 'string', format: 'email' } } },
          },
        },
      ],
    },
  ]);
  const withMemory = () => ({
    ...makeContext(orders),
    memory: { ...makeContext(orders).memory, acceptedFormatValues: new Set<string>() },
  });
  const sent = (text: string) => ({ bodyText: text });

  it('notes the echo of a value that breaks only a format, as sent, and the same value listed later', () => {
    const ctx = withMemory();
    const created = makeExchange(jsonResponse(201, { email: 'someone@', id: 1 }));
    created.request = { ...created.request, ...sent('{"email":"someone@"}') };
    expect(responseSchemaConformance.run(ctx, created).status).toBe('noted');
    const listed = makeExchange(jsonResponse(200, [{ email: 'someone@' }]));
    expect(responseSchemaConformance.run(ctx, listed).status).toBe('noted');
  });

  it('fails a broken format the server made itself, or any other error beside it', () => {
    const ctx = withMemory();
    const invented = makeExchange(jsonResponse(201, { email: 'nobody@', id: 1 }));
    invented.request = { ...invented.request, ...sent('{"email":"someone@"}') };
    expect(responseSchemaConformance.run(ctx, invented).status).toBe('failed');
    const mixed = makeExchange(jsonResponse(201, { email: 'someone@', id: 'x' }));
    mixed.request = { ...mixed.request, ...sent('{"email":"someone@"}') };
    expect(responseSchemaConformance.run(ctx, mixed).status).toBe('failed');
  });
});
