import { describe, expect, it } from 'vitest';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import type { CompiledSchema } from '../../src/schema/types.ts';
import { compileFixture, requestSchema, responseSchema } from './compile-fixture.ts';

function rejectsOnlyFor(
  schema: CompiledSchema,
  value: unknown,
  keyword: string,
  instancePath: string,
  property?: string,
): boolean {
  return failsOnlyFor(schema.validate(value), {
    keyword,
    instancePath,
    ...(property === undefined ? {} : { property }),
  });
}

describe('compileSpec: OpenAPI 3.0 exclusive bounds (fixtures/translation/bounds-3.0.yaml)', async () => {
  const bounds = requestSchema(await compileFixture('translation/bounds-3.0.yaml'), 'postBounds');

  it('exclusiveMinimum: true, minimum: 0 rejects 0 and accepts 1', () => {
    expect(rejectsOnlyFor(bounds, { exclusiveMin: 0 }, 'exclusiveMinimum', '/exclusiveMin')).toBe(true);
    expect(bounds.validate({ exclusiveMin: 1 })).toEqual([]);
  });

  it('exclusiveMinimum: false, minimum: 0 accepts 0 and rejects -1', () => {
    expect(bounds.validate({ inclusiveMin: 0 })).toEqual([]);
    expect(rejectsOnlyFor(bounds, { inclusiveMin: -1 }, 'minimum', '/inclusiveMin')).toBe(true);
  });

  it('exclusiveMaximum: true, maximum: 10 rejects 10 and accepts 9', () => {
    expect(rejectsOnlyFor(bounds, { exclusiveMax: 10 }, 'exclusiveMaximum', '/exclusiveMax')).toBe(true);
    expect(bounds.validate({ exclusiveMax: 9 })).toEqual([]);
  });

  it('exclusiveMaximum: false, maximum: 10 accepts 10 and rejects 11', () => {
    expect(bounds.validate({ inclusiveMax: 10 })).toEqual([]);
    expect(rejectsOnlyFor(bounds, { inclusiveMax: 11 }, 'maximum', '/inclusiveMax')).toBe(true);
  });
});

describe('compileSpec: OpenAPI 3.0 nullable (fixtures/translation/nullable-3.0.yaml)', async () => {
  const thing = requestSchema(await compileFixture('translation/nullable-3.0.yaml'), 'postThing');

  it('with a type: null accepted, other constraints kept', () => {
    expect(thing.validate({ label: null })).toEqual([]);
    expect(rejectsOnlyFor(thing, { label: 'abcd' }, 'maxLength', '/label')).toBe(true);
    expect(rejectsOnlyFor(thing, { plain: null }, 'type', '/plain')).toBe(true);
  });

  it('with an enum: null accepted, values outside the enum rejected', () => {
    expect(thing.validate({ colour: null })).toEqual([]);
    expect(thing.validate({ colour: 'red' })).toEqual([]);
    expect(rejectsOnlyFor(thing, { colour: 'blue' }, 'enum', '/colour')).toBe(true);
  });

  it('beside a $ref: null accepted, the referenced schema still applies', () => {
    expect(thing.validate({ refColour: null })).toEqual([]);
    expect(thing.validate({ refColour: 'green' })).toEqual([]);
    expect(rejectsOnlyFor(thing, { refColour: 'blue' }, 'anyOf', '/refColour')).toBe(true);
  });

  it('around allOf: null accepted, the members still apply', () => {
    expect(thing.validate({ composed: null })).toEqual([]);
    expect(thing.validate({ composed: 'red' })).toEqual([]);
    expect(thing.validate({ composed: 5 }).length).toBeGreaterThan(0);
  });
});

describe('compileSpec: readOnly / writeOnly by context (fixtures/translation/read-write-only-3.0.yaml)', async () => {
  const spec = await compileFixture('translation/read-write-only-3.0.yaml');
  const request = requestSchema(spec, 'createUser');
  const response = responseSchema(spec, 'createUser', 201);

  it('a request need not carry readOnly properties (also through a $ref), but may', () => {
    expect(request.context).toBe('request');
    expect(request.validate({ name: 'n', password: 'p' })).toEqual([]);
    expect(request.validate({ id: 'i', name: 'n', password: 'p' })).toEqual([]);
    expect(rejectsOnlyFor(request, { name: 'n' }, 'required', '', 'password')).toBe(true);
  });

  it('a response need not carry writeOnly properties', () => {
    expect(response.context).toBe('response');
    expect(response.validate({ id: 'i', createdAt: '2024-01-01T00:00:00Z', name: 'n' })).toEqual([]);
    expect(
      rejectsOnlyFor(response, { createdAt: '2024-01-01T00:00:00Z', name: 'n' }, 'required', '', 'id'),
    ).toBe(true);
  });
});

describe('compileSpec: OpenAPI-only keywords stripped (fixtures/translation/stripped-keywords-3.0.yaml)', async () => {
  const pet = requestSchema(await compileFixture('translation/stripped-keywords-3.0.yaml'), 'createPet');

  it('keeps oneOf semantics without the discriminator', () => {
    expect(pet.validate({ kind: 'cat', example: 'a property called example' })).toEqual([]);
    expect(pet.validate({ kind: 'dog', barks: true })).toEqual([]);
    expect(pet.validate({ kind: 'cow' }).map((error) => error.keyword)).toContain('oneOf');
  });

  it('resolves bag refs to translated schemas without example, xml, externalDocs, discriminator, x-*', () => {
    const root = pet.resolve('oac://request#/$defs/~1components~1schemas~1Pet');
    expect(root).toEqual({
      oneOf: [
        { $ref: 'oac://request#/$defs/~1components~1schemas~1Cat' },
        { $ref: 'oac://request#/$defs/~1components~1schemas~1Dog' },
      ],
    });
    const cat = pet.resolve('oac://request#/$defs/~1components~1schemas~1Cat');
    expect(cat).toEqual({
      type: 'object',
      required: ['kind'],
      additionalProperties: false,
      properties: { kind: { type: 'string', enum: ['cat'] }, example: { type: 'string' } },
    });
  });
});

describe('compileSpec: OpenAPI 3.1 (fixtures/translation/openapi-3.1.yaml)', async () => {
  const measure = requestSchema(await compileFixture('translation/openapi-3.1.yaml'), 'postMeasure');

  it('numeric exclusive bounds', () => {
    expect(rejectsOnlyFor(measure, { value: 0 }, 'exclusiveMinimum', '/value')).toBe(true);
    expect(measure.validate({ value: 1 })).toEqual([]);
    expect(rejectsOnlyFor(measure, { value: 100 }, 'exclusiveMaximum', '/value')).toBe(true);
  });

  it('type arrays with null', () => {
    expect(measure.validate({ value: 1, note: null })).toEqual([]);
    expect(rejectsOnlyFor(measure, { value: 1, note: 'abcdef' }, 'maxLength', '/note')).toBe(true);
    expect(rejectsOnlyFor(measure, { value: 1, note: 3 }, 'type', '/note')).toBe(true);
  });

  it('applies both a $ref and its siblings', () => {
    expect(measure.validate({ value: 1, unit: 'cm' })).toEqual([]);
    expect(rejectsOnlyFor(measure, { value: 1, unit: 'mm' }, 'enum', '/unit')).toBe(true);
  });

  it('2020-12 keywords such as prefixItems', () => {
    expect(measure.validate({ value: 1, tags: ['a', 2] })).toEqual([]);
    expect(rejectsOnlyFor(measure, { value: 1, tags: [2] }, 'type', '/tags/0')).toBe(true);
  });
});

describe('compileSpec: recursive $ref (fixtures/translation/recursive.yaml)', async () => {
  const spec = await compileFixture('translation/recursive.yaml');
  const tree = {
    value: 1,
    children: [
      { value: 2, children: [{ value: 3 }] },
      { value: 4, children: [] },
    ],
  };

  it('compiles and validates nested values in both contexts', () => {
    expect(requestSchema(spec, 'postTree').validate(tree)).toEqual([]);
    expect(responseSchema(spec, 'postTree', 200).validate(tree)).toEqual([]);
  });

  it('finds a fault deep in the recursion, at its path', () => {
    const bad = { value: 1, children: [{ value: 2, children: [{ value: 'three' }] }] };
    expect(rejectsOnlyFor(requestSchema(spec, 'postTree'), bad, 'type', '/children/0/children/0/value')).toBe(
      true,
    );
  });

  it('keeps the recursion as a $ref (a finite schema)', () => {
    const node = requestSchema(spec, 'postTree').resolve('oac://request#/$defs/~1components~1schemas~1Node');
    expect(node).toMatchObject({
      properties: { children: { items: { $ref: 'oac://request#/$defs/~1components~1schemas~1Node' } } },
    });
  });
});

describe('compileSpec: the pinned documents', async () => {
  const spec = await compileFixture('create-service-account-api-key.openapi.yaml');
  const body = requestSchema(spec, 'createServiceAccountApiKey');

  it('validates the request body as the document says', () => {
    expect(body.validate({ name: 'a' })).toEqual([]);
    expect(rejectsOnlyFor(body, {}, 'required', '', 'name')).toBe(true);
    expect(rejectsOnlyFor(body, { name: '' }, 'minLength', '/name')).toBe(true);
    expect(rejectsOnlyFor(body, { name: 'a', extra: 1 }, 'additionalProperties', '', 'extra')).toBe(true);
  });

  it('counts lengths in code points: 128 emoji accepted, 129 ASCII characters rejected', () => {
    expect(body.validate({ name: '😀'.repeat(128) })).toEqual([]);
    expect(rejectsOnlyFor(body, { name: 'a'.repeat(129) }, 'maxLength', '/name')).toBe(true);
  });

  it('rejects expiresAt 0 by exclusiveMinimum and accepts 1', () => {
    expect(rejectsOnlyFor(body, { name: 'a', expiresAt: 0 }, 'exclusiveMinimum', '/expiresAt')).toBe(true);
    expect(body.validate({ name: 'a', expiresAt: 1 })).toEqual([]);
  });

  it('compiles the path parameter and every declared response', () => {
    const operation = spec.operation('createServiceAccountApiKey');
    expect(operation?.parameters[0]?.schema?.validate('')).toHaveLength(1);
    expect(operation?.responses.map((response) => response.spec.status)).toEqual([
      '201',
      '400',
      '401',
      '402',
      '403',
      '404',
      '409',
      '500',
    ]);
    expect(operation?.responses.every((response) => response.media[0]?.schema !== undefined)).toBe(true);
  });

  it('keeps the findings of loading', () => {
    expect(spec.findings.map((finding) => finding.code)).toEqual(['optional-body-with-required-properties']);
  });

  it('compiles the four operations of service-accounts.openapi.yaml', async () => {
    const all = await compileFixture('service-accounts.openapi.yaml');
    expect(all.operations).toHaveLength(4);
    const rotate = requestSchema(all, 'rotateServiceAccountApiKey');
    expect(rejectsOnlyFor(rotate, { gracePeriodMinutes: 11 }, 'maximum', '/gracePeriodMinutes')).toBe(true);
  });
});

describe('compileSpec: operations, responses and sharing (fixtures/translation/operations.yaml)', async () => {
  const spec = await compileFixture('translation/operations.yaml');

  it('responseFor: exact code, then the 4XX range, then default', () => {
    const getItem = spec.operation('getItem');
    expect(getItem?.responseFor(200)?.spec.status).toBe('200');
    expect(getItem?.responseFor(404)?.spec.status).toBe('4XX');
    expect(getItem?.responseFor(500)?.spec.status).toBe('default');
    expect(spec.operation('ghost')?.responseFor(500)).toBeUndefined();
  });

  it('compiles a schema shared by several operations once', () => {
    const itemId = (operationId: string): CompiledSchema | undefined =>
      spec.operation(operationId)?.parameters.find((parameter) => parameter.spec.name === 'itemId')?.schema;
    expect(itemId('getItem')).toBeDefined();
    expect(itemId('getItem')).toBe(itemId('put /items/{itemId}'));
    expect(itemId('getItem')).toBe(itemId('ghost'));
  });

  it('compiles response headers (Content-Type is ignored, as OpenAPI says)', () => {
    const headers = spec.operation('getItem')?.responseFor(200)?.headers ?? [];
    expect(headers.map((header) => [header.name, header.required])).toEqual([['X-Rate-Limit', true]]);
    expect(headers[0]?.schema?.validate(-1).map((error) => error.keyword)).toEqual(['minimum']);
  });
});

describe('compileSpec: unknown formats and keywords, uncompilable schemas (fixtures/translation/unknown-format-keyword.yaml)', async () => {
  const spec = await compileFixture('translation/unknown-format-keyword.yaml');
  const codes = spec.findings.map((finding) => [finding.code, finding.operationId, finding.pointer]);
  const contact = '/paths/~1contacts/post/requestBody/content/application~1json/schema';

  it('an unknown format is a no-op, with a finding', () => {
    expect(codes).toContainEqual(['unknown-format', 'createContact', `${contact}/properties/phone`]);
    expect(requestSchema(spec, 'createContact').validate({ phone: 'anything at all' })).toEqual([]);
  });

  it('an unknown keyword is ignored (validated without strict mode), with a finding', () => {
    expect(codes).toContainEqual(['unknown-keyword', 'createContact', `${contact}/properties/nick`]);
    expect(requestSchema(spec, 'createContact').validate({ nick: 'longer than three' })).toEqual([]);
    expect(
      requestSchema(spec, 'createContact')
        .validate({ nick: 3 })
        .map((error) => error.keyword),
    ).toEqual(['type']);
  });

  it('a schema ajv cannot compile is left undefined, with a finding; the rest of the document compiles', () => {
    const broken = spec.operation('postBroken');
    expect(broken?.requestBody?.media[0]).toEqual({ mediaType: 'application/json' });
    expect(codes).toContainEqual([
      'schema-not-compilable',
      'postBroken',
      '/paths/~1broken/post/requestBody/content/application~1json/schema',
    ]);
    expect(spec.findings.find((finding) => finding.code === 'schema-not-compilable')?.message).toMatch(
      /Invalid regular expression/,
    );
    expect(broken?.responseFor(200)?.media[0]?.schema?.validate('fine')).toEqual([]);
  });
});
