import type { JsonSchema } from '../../src/schema/types.ts';

/** The pinned request body of createServiceAccountApiKey, as compiled (a bare `$ref` into the bag). */
export const PINNED_BODY: JsonSchema = {
  $ref: '#/$defs/CreateServiceAccountApiKeyRequestBody',
  $defs: {
    CreateServiceAccountApiKeyRequestBody: {
      type: 'object',
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 128 },
        expiresAt: { type: 'integer', exclusiveMinimum: 0 },
      },
      required: ['name'],
      additionalProperties: false,
    },
  },
};

const FORMATS = ['email', 'date-time', 'date', 'time', 'uri', 'uuid', 'ipv4', 'ipv6', 'hostname', 'byte'];

/** Schemas that together exercise every keyword the generators claim to handle. */
export const KEYWORD_SCHEMAS: Record<string, JsonSchema> = {
  pinned: PINNED_BODY,
  strings: {
    type: 'object',
    properties: {
      plain: { type: 'string', minLength: 2, maxLength: 5 },
      code: { type: 'string', pattern: '^[A-Z]{2}-\\d{3}$' },
      short: { type: ['string', 'null'], maxLength: 3 },
      ...Object.fromEntries(FORMATS.map((format) => [format, { type: 'string', format }])),
    },
    required: ['plain', 'code', 'short', ...FORMATS],
    additionalProperties: false,
  },
  numbers: {
    type: 'object',
    properties: {
      small: { type: 'integer', minimum: -5, maximum: 10 },
      fraction: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
      sevens: { type: 'integer', multipleOf: 7, minimum: 0 },
      halves: { type: 'number', multipleOf: 0.5, maximum: 100 },
      int32: { type: 'integer', format: 'int32' },
      big: { type: 'integer' },
      any: { type: 'number' },
    },
    required: ['small', 'fraction', 'sevens', 'halves', 'int32', 'big', 'any'],
  },
  /** Decimal steps: binary floating point gets their multiples wrong (19.99 / 0.01, 328 * 0.1). */
  decimals: {
    type: 'object',
    properties: {
      price: { type: 'number', multipleOf: 0.01, minimum: 0.01, maximum: 99999.99 },
      tip: { type: 'number', multipleOf: 0.1, exclusiveMinimum: 0 },
      rate: { type: 'number', multipleOf: 0.003, minimum: -1.5, exclusiveMaximum: 0.3 },
      open: { type: 'number', multipleOf: 0.07 },
    },
    required: ['price', 'tip', 'rate', 'open'],
  },
  arrays: {
    type: 'object',
    properties: {
      tags: {
        type: 'array',
        items: { type: 'string', maxLength: 4 },
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
      },
      pair: {
        type: 'array',
        prefixItems: [{ type: 'integer' }, { type: 'boolean' }],
        items: false,
        minItems: 2,
      },
    },
    required: ['tags', 'pair'],
    additionalProperties: false,
  },
  objects: {
    type: 'object',
    properties: { label: { type: 'string', maxLength: 10 } },
    patternProperties: { '^x-': { type: 'integer', minimum: 0 } },
    additionalProperties: { type: 'boolean' },
    minProperties: 2,
    maxProperties: 4,
  },
  composition: {
    allOf: [
      { $ref: '#/$defs/Base' },
      { properties: { count: { type: 'integer', maximum: 3 } }, required: ['count'] },
    ],
    $defs: {
      Base: { type: 'object', properties: { id: { type: 'string', minLength: 1 } }, required: ['id'] },
    },
  },
  choices: {
    type: 'object',
    properties: {
      either: {
        anyOf: [
          { type: 'string', maxLength: 2 },
          { type: 'integer', minimum: 10 },
        ],
      },
      exactly: { oneOf: [{ type: 'string' }, { type: 'boolean' }] },
      colour: { enum: ['red', 'green', 3] },
      fixed: { const: 'fixed' },
      status: { type: 'string', enum: ['active', 'revoked'] },
    },
    required: ['either', 'exactly', 'colour', 'fixed', 'status'],
    additionalProperties: false,
  },
  negation: { type: 'object', properties: { notNull: { not: { type: 'null' } } }, required: ['notNull'] },
  recursive: {
    $ref: '#/$defs/Node',
    $defs: {
      Node: {
        type: 'object',
        properties: {
          value: { type: 'integer' },
          children: { type: 'array', items: { $ref: '#/$defs/Node' }, maxItems: 3 },
        },
        required: ['value'],
        additionalProperties: false,
      },
    },
  },
  visibility: {
    type: 'object',
    properties: {
      id: { type: 'string', readOnly: true },
      secret: { type: 'string', writeOnly: true, minLength: 8 },
      name: { type: 'string', maxLength: 20 },
    },
    required: ['name'],
    additionalProperties: false,
  },
  rootEnum: { enum: [1, 'a', null] },
  rootEmail: { type: 'string', format: 'email', maxLength: 64 },
  rootArray: { type: 'array', items: { type: 'number', minimum: 0 }, maxItems: 5 },
};

/** Schemas whose values are valid by construction alone (no `not`, no overlapping `oneOf`). */
export const CONSTRUCTIVE = Object.keys(KEYWORD_SCHEMAS).filter((name) => name !== 'negation');
