import { describe, expect, it } from 'vitest';
import { listOperations } from '../../src/spec/list-operations.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import type { Operation } from '../../src/spec/types.ts';
import { fixturePath } from '../schema/compile-fixture.ts';

describe('listOperations (fixtures/translation/operations.yaml)', async () => {
  const loaded = await loadSpec(fixturePath('translation/operations.yaml'));
  if (!loaded.ok) throw loaded.error;
  const { operations, findings } = listOperations(loaded.value.document, loaded.value.dialect);
  const byPointer = (pointer: string): Operation | undefined =>
    operations.find((operation) => operation.pointer === pointer);
  const getItem = byPointer('/paths/~1items~1{itemId}/get');
  const putItem = byPointer('/paths/~1items~1{itemId}/put');

  it('lists every path x method, in document order', () => {
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual([
      'get /items/{itemId}',
      'put /items/{itemId}',
      'post /items/{itemId}/ghost/{other}',
      'get /copies',
    ]);
  });

  it('synthesises a missing operationId, with a finding', () => {
    expect(putItem?.operationId).toBe('put /items/{itemId}');
    expect(findings).toEqual([
      {
        code: 'missing-operation-id',
        severity: 'info',
        message: 'PUT /items/{itemId} has no operationId; it is called "put /items/{itemId}" here',
        operationId: 'put /items/{itemId}',
        pointer: '/paths/~1items~1{itemId}/put',
      },
    ]);
  });

  it('merges path-level and operation-level parameters: the operation wins on name + in', () => {
    expect(
      getItem?.parameters.map((parameter) => [parameter.in, parameter.name, parameter.required]),
    ).toEqual([
      ['path', 'itemId', true],
      ['query', 'verbose', true],
      ['header', 'X-Trace', false],
    ]);
    expect(getItem?.parameters[1]?.schema).toEqual({ type: 'string', enum: ['yes', 'no'] });
    expect(putItem?.parameters.map((parameter) => [parameter.name, parameter.schema])).toEqual([
      ['itemId', { type: 'string', minLength: 1 }],
      ['verbose', { type: 'boolean' }],
    ]);
  });

  it('points at where each schema really stands, through parameter, body, response and header refs', () => {
    expect(getItem?.parameters.map((parameter) => parameter.pointer)).toEqual([
      '/components/parameters/ItemId/schema',
      '/paths/~1items~1{itemId}/get/parameters/0/schema',
      '/paths/~1items~1{itemId}/get/parameters/1/content/application~1json/schema',
    ]);
    expect(putItem?.requestBody).toEqual({
      required: true,
      content: [
        {
          mediaType: 'application/json',
          schema: { $ref: '#/components/schemas/Item' },
          pointer: '/components/requestBodies/Item/content/application~1json/schema',
        },
      ],
    });
    const ok = getItem?.responses[0];
    expect(ok?.content[0]?.pointer).toBe('/components/responses/Item/content/application~1json/schema');
    expect(ok?.headers).toEqual([
      {
        name: 'X-Rate-Limit',
        required: true,
        schema: { type: 'integer', minimum: 0 },
        pointer: '/components/headers/RateLimit/schema',
      },
    ]);
  });

  it('keeps responses as written, extensions left out', () => {
    expect(getItem?.responses.map((response) => [response.status, response.description])).toEqual([
      ['200', 'one item'],
      ['4XX', 'client error'],
      ['default', 'anything else'],
    ]);
    expect(putItem?.responses.map((response) => response.status)).toEqual(['204']);
  });

  it('maps security: operation over document, schemes lower-cased, {} as an anonymous alternative', () => {
    expect(getItem?.security).toEqual([[{ key: 'bearer', type: 'http', scheme: 'bearer' }]]);
    expect(putItem?.security).toEqual([
      [{ key: 'apiKey', type: 'apiKey', in: 'header', parameterName: 'X-Api-Key' }],
      [],
    ]);
    expect(byPointer('/paths/~1items~1{itemId}~1ghost~1{other}/post')?.security).toEqual([]);
  });
});

describe('listOperations: 3.1 Reference Objects', () => {
  const document = {
    openapi: '3.1.0',
    paths: {
      '/a': { $ref: '#/components/pathItems/A' },
    },
    components: {
      pathItems: {
        A: {
          get: { responses: { '200': { $ref: '#/components/responses/Ok', description: 'overridden' } } },
        },
      },
      responses: { Ok: { description: 'ok' } },
    },
  };

  it('follows path item refs and lets a description beside a response $ref win', () => {
    const { operations } = listOperations(document, '3.1');
    expect(operations).toMatchObject([
      {
        operationId: 'get /a',
        pointer: '/components/pathItems/A/get',
        responses: [{ status: '200', description: 'overridden' }],
      },
    ]);
  });

  it('in 3.0 the target description stands', () => {
    const { operations } = listOperations(document, '3.0');
    expect(operations[0]?.responses[0]?.description).toBe('ok');
  });

  it('ignores what is not an operation', () => {
    const { operations } = listOperations(
      { paths: { '/a': { summary: 's', parameters: [], 'x-y': {} }, '/b': 'nonsense' } },
      '3.0',
    );
    expect(operations).toEqual([]);
  });

  it('ignores an extension of the Paths Object, even one shaped like a path item', () => {
    const get = { operationId: 'getA', responses: {} };
    const { operations } = listOperations({ paths: { 'x-draft': { get }, '/a': { get } } }, '3.0');
    expect(operations.map((operation) => operation.path)).toEqual(['/a']);
  });
});
