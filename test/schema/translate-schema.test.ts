import { describe, expect, it } from 'vitest';
import { translateSchema, type TranslateOptions } from '../../src/schema/translate-schema.ts';

const v30: TranslateOptions = { dialect: '3.0', context: 'request', refPrefix: 'oac://request' };
const v31: TranslateOptions = { ...v30, dialect: '3.1' };

describe('translateSchema: OpenAPI 3.0 exclusive bounds', () => {
  it('turns exclusiveMinimum: true + minimum into a numeric exclusiveMinimum', () => {
    const { schema } = translateSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true }, v30);
    expect(schema).toEqual({ type: 'integer', exclusiveMinimum: 0 });
  });

  it('turns exclusiveMaximum: true + maximum into a numeric exclusiveMaximum', () => {
    const { schema } = translateSchema({ type: 'number', maximum: 10, exclusiveMaximum: true }, v30);
    expect(schema).toEqual({ type: 'number', exclusiveMaximum: 10 });
  });

  it('drops exclusiveMinimum/Maximum: false and keeps the inclusive bound', () => {
    const { schema } = translateSchema(
      { minimum: 1, exclusiveMinimum: false, maximum: 2, exclusiveMaximum: false },
      v30,
    );
    expect(schema).toEqual({ minimum: 1, maximum: 2 });
  });

  it('reports exclusiveMinimum: true without minimum', () => {
    const { schema, findings } = translateSchema({ type: 'integer', exclusiveMinimum: true }, v30);
    expect(schema).toEqual({ type: 'integer' });
    expect(findings.map((finding) => finding.code)).toEqual(['exclusive-bound-without-limit']);
  });

  it('keeps numeric bounds as they are', () => {
    expect(translateSchema({ exclusiveMinimum: 3 }, v30).schema).toEqual({ exclusiveMinimum: 3 });
  });
});

describe('translateSchema: OpenAPI 3.0 nullable', () => {
  it('adds "null" to a type', () => {
    expect(translateSchema({ type: 'string', nullable: true }, v30).schema).toEqual({
      type: ['string', 'null'],
    });
  });

  it('adds "null" to a type array once', () => {
    expect(translateSchema({ type: ['string', 'null'], nullable: true }, v30).schema).toEqual({
      type: ['string', 'null'],
    });
  });

  it('adds null to the enum too (ajv #993)', () => {
    const { schema } = translateSchema({ type: 'string', enum: ['a', 'b'], nullable: true }, v30);
    expect(schema).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] });
  });

  it('adds null to an enum without type', () => {
    expect(translateSchema({ enum: [1, 2], nullable: true }, v30).schema).toEqual({ enum: [1, 2, null] });
  });

  it('wraps a $ref beside nullable in anyOf with null', () => {
    const { schema } = translateSchema({ $ref: '#/components/schemas/Colour', nullable: true }, v30);
    expect(schema).toEqual({
      anyOf: [{ $ref: 'oac://request#/$defs/~1components~1schemas~1Colour' }, { type: 'null' }],
    });
  });

  it('wraps a composite without type in anyOf with null, annotations on top', () => {
    const source = { nullable: true, description: 'd', readOnly: true, allOf: [{ type: 'string' }] };
    expect(translateSchema(source, v30).schema).toEqual({
      description: 'd',
      readOnly: true,
      anyOf: [{ description: 'd', readOnly: true, allOf: [{ type: 'string' }] }, { type: 'null' }],
    });
  });

  it('drops nullable: false', () => {
    expect(translateSchema({ type: 'string', nullable: false }, v30).schema).toEqual({ type: 'string' });
  });

  it('translates nested schemas', () => {
    const { schema } = translateSchema({ type: 'array', items: { type: 'integer', nullable: true } }, v30);
    expect(schema).toEqual({ type: 'array', items: { type: ['integer', 'null'] } });
  });
});

describe('translateSchema: $ref', () => {
  it('rewrites internal refs into the bag and lists the pointers', () => {
    const { schema, refs } = translateSchema(
      { properties: { a: { $ref: '#/components/schemas/A%20B' } } },
      v30,
    );
    expect(schema).toEqual({
      properties: { a: { $ref: 'oac://request#/$defs/~1components~1schemas~1A%20B' } },
    });
    expect(refs).toEqual(['/components/schemas/A B']);
  });

  it('percent-encodes pointers that are not URI-safe (path templates)', () => {
    const { schema } = translateSchema({ $ref: '#/paths/~1a~1{id}/get/x' }, v30);
    expect(schema).toEqual({ $ref: 'oac://request#/$defs/~1paths~1~01a~01%7Bid%7D~1get~1x' });
  });

  it('3.0: drops constraints beside $ref (with a finding), keeps annotations', () => {
    const { schema, findings } = translateSchema(
      { $ref: '#/components/schemas/A', maxLength: 3, description: 'd' },
      v30,
    );
    expect(schema).toEqual({ $ref: 'oac://request#/$defs/~1components~1schemas~1A', description: 'd' });
    expect(findings).toMatchObject([{ code: 'ref-siblings-ignored', path: '' }]);
  });

  it('3.0: applies nullable beside $ref as "or null", and says so', () => {
    const { schema, findings } = translateSchema({ $ref: '#/components/schemas/A', nullable: true }, v30);
    expect(JSON.stringify(schema)).toContain('"null"');
    expect(findings).toMatchObject([{ code: 'nullable-beside-ref', severity: 'warning', path: '' }]);
  });

  it('3.1: keeps the siblings of $ref (2020-12 applies both)', () => {
    const { schema, findings } = translateSchema({ $ref: '#/components/schemas/A', maxLength: 3 }, v31);
    expect(schema).toEqual({ $ref: 'oac://request#/$defs/~1components~1schemas~1A', maxLength: 3 });
    expect(findings).toEqual([]);
  });

  it('reports refs that are not pointers into the document', () => {
    const { schema, findings } = translateSchema({ $ref: 'other.yaml#/A' }, v30);
    expect(schema).toEqual({ $ref: 'other.yaml#/A' });
    expect(findings.map((finding) => finding.code)).toEqual(['unsupported-ref']);
  });
});

describe('translateSchema: OpenAPI-only keywords', () => {
  it('strips example, xml, externalDocs, discriminator and x-* and keeps oneOf', () => {
    const source = {
      oneOf: [
        { type: 'string', example: 'a', 'x-a': 1 },
        { type: 'integer', xml: { name: 'n' } },
      ],
      discriminator: { propertyName: 'kind' },
      externalDocs: { url: 'https://example.com' },
      'x-internal': true,
    };
    expect(translateSchema(source, v30).schema).toEqual({ oneOf: [{ type: 'string' }, { type: 'integer' }] });
  });

  it('never touches property names or data that look like keywords', () => {
    const source = {
      type: 'object',
      properties: { example: { type: 'string' }, 'x-id': { type: 'string' } },
      default: { example: 1, 'x-a': 2, nullable: true },
      enum: [{ discriminator: 1 }],
      examples: [{ xml: 1 }],
    };
    expect(translateSchema(source, v30).schema).toEqual(source);
  });

  it('strips them in 3.1 as well', () => {
    expect(translateSchema({ type: 'string', example: 'a', 'x-b': 1 }, v31).schema).toEqual({
      type: 'string',
    });
  });
});

describe('translateSchema: readOnly and writeOnly by context', () => {
  const user = {
    type: 'object',
    required: ['id', 'name', 'password'],
    properties: {
      id: { type: 'string', readOnly: true },
      name: { type: 'string' },
      password: { type: 'string', writeOnly: true },
    },
  };

  it('request: a readOnly property leaves required, not properties', () => {
    const { schema } = translateSchema(user, v30);
    expect(schema).toEqual({ ...user, required: ['name', 'password'] });
  });

  it('response: a writeOnly property leaves required, not properties', () => {
    const { schema } = translateSchema(user, { ...v30, context: 'response' });
    expect(schema).toEqual({ ...user, required: ['id', 'name'] });
  });

  it('sees readOnly through a $ref when given the document', () => {
    const document = { components: { schemas: { Id: { type: 'string', readOnly: true } } } };
    const source = { required: ['id'], properties: { id: { $ref: '#/components/schemas/Id' } } };
    const { schema } = translateSchema(source, { ...v30, document });
    expect(schema).toEqual({
      properties: { id: { $ref: 'oac://request#/$defs/~1components~1schemas~1Id' } },
    });
  });
});

describe('translateSchema: OpenAPI 3.1', () => {
  it('keeps numeric exclusive bounds and type arrays with null', () => {
    const source = { type: ['integer', 'null'], exclusiveMinimum: 0, exclusiveMaximum: 100 };
    expect(translateSchema(source, v31).schema).toEqual(source);
  });

  it('reads a nullable written in 3.1 as the 3.0 form it is, with a note (null allowed, never accused)', () => {
    const { schema, findings } = translateSchema({ type: 'string', nullable: true }, v31);
    expect(schema).toEqual({ type: ['string', 'null'] });
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['nullable-in-3.1', 'info'],
    ]);
  });

  it('drops a 3.1 nullable without type, which would make the schema uncompilable', () => {
    expect(translateSchema({ description: 'anything', nullable: true }, v31).schema).toEqual({
      description: 'anything',
    });
    expect(translateSchema({ type: 'string', nullable: false }, v31)).toMatchObject({
      schema: { type: 'string' },
      findings: [],
    });
  });

  it('drops a $schema naming 2020-12 silently and another dialect with a finding', () => {
    const same = translateSchema(
      { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' },
      v31,
    );
    expect(same).toMatchObject({ schema: { type: 'string' }, findings: [] });
    const other = translateSchema(
      { $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' },
      v31,
    );
    expect(other.schema).toEqual({ type: 'string' });
    expect(other.findings.map((finding) => finding.code)).toEqual(['schema-dialect-ignored']);
  });

  it('drops $id and anchors (a bag entry may be reused) with a finding', () => {
    const { schema, findings } = translateSchema(
      { $id: 'https://x/a', properties: { b: { $anchor: 'b' } } },
      v31,
    );
    expect(schema).toEqual({ properties: { b: {} } });
    expect(findings.map((finding) => [finding.code, finding.path])).toEqual([
      ['schema-id-ignored', ''],
      ['schema-id-ignored', '/properties/b'],
    ]);
  });

  it('reads a boolean exclusiveMinimum as the 3.0 form, with a finding', () => {
    const { schema, findings } = translateSchema({ minimum: 0, exclusiveMinimum: true }, v31);
    expect(schema).toEqual({ exclusiveMinimum: 0 });
    expect(findings.map((finding) => finding.code)).toEqual(['boolean-exclusive-bound']);
  });

  it('leaves boolean schemas alone', () => {
    expect(translateSchema(false, v31).schema).toBe(false);
    expect(translateSchema({ properties: { a: true } }, v31).schema).toEqual({ properties: { a: true } });
  });
});
