import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/ajv.ts';

const BASE = {
  type: 'object',
  required: ['mode'],
  properties: { mode: { enum: ['air', 'sea', 'road'] }, weightKg: { type: 'number' } },
};

/** Expected outcomes under 2020-12: properties evaluated by `allOf` count whichever branch applies. */
const CASES: { name: string; schema: object; valid: object[]; invalid: object[] }[] = [
  {
    name: 'allOf, if/then/else, unevaluatedProperties (shipments)',
    schema: {
      allOf: [BASE, { properties: { hazmat: { const: true } } }],
      if: { properties: { mode: { const: 'air' } }, required: ['mode'] },
      then: { required: ['weightKg'], properties: { weightKg: { maximum: 100 } } },
      else: { properties: { hazmat: false } },
      unevaluatedProperties: false,
    },
    valid: [
      { mode: 'air', weightKg: 5 },
      { mode: 'air', weightKg: 5, hazmat: true },
      { mode: 'road' },
      { mode: 'sea', weightKg: 900 },
    ],
    invalid: [
      { mode: 'road', extra: 1 },
      { mode: 'air', weightKg: 5, extra: 1 },
      { mode: 'air' },
      { mode: 'sea', hazmat: true },
    ],
  },
  {
    name: 'then without properties',
    schema: {
      allOf: [BASE],
      if: { properties: { mode: { const: 'air' } } },
      then: { required: ['weightKg'] },
      unevaluatedProperties: false,
    },
    valid: [{ mode: 'air', weightKg: 1 }, { mode: 'road' }],
    invalid: [{ mode: 'air' }, { mode: 'air', weightKg: 1, extra: 1 }],
  },
  {
    name: 'anyOf after allOf (a later branch passing)',
    schema: {
      allOf: [BASE],
      anyOf: [
        { properties: { a: { type: 'string' } }, required: ['a'] },
        { properties: { b: { type: 'number' } }, required: ['b'] },
      ],
      unevaluatedProperties: false,
    },
    valid: [
      { mode: 'air', a: 'x' },
      { mode: 'air', b: 1 },
    ],
    invalid: [{ mode: 'air', b: 1, c: 1 }, { mode: 'air' }],
  },
  {
    name: 'oneOf after properties (ajv issue 2559)',
    schema: {
      type: 'object',
      properties: { parent: true },
      oneOf: [
        { required: ['one'], properties: { one: true } },
        { required: ['two'], properties: { two: true } },
      ],
      unevaluatedProperties: false,
    },
    valid: [
      { parent: 1, one: 1 },
      { parent: 1, two: 1 },
    ],
    invalid: [
      { parent: 1, two: 1, three: 1 },
      { parent: 1, one: 1, two: 1 },
    ],
  },
  {
    name: 'dependentSchemas after allOf',
    schema: {
      allOf: [BASE],
      dependentSchemas: { weightKg: { properties: { unit: { type: 'string' } } } },
      unevaluatedProperties: false,
    },
    valid: [{ mode: 'air' }, { mode: 'air', weightKg: 1, unit: 'kg' }],
    invalid: [
      { mode: 'air', unit: 'kg' },
      { mode: 'air', weightKg: 1, other: 1 },
    ],
  },
  {
    name: 'unevaluatedItems after prefixItems and an if',
    schema: {
      type: 'array',
      prefixItems: [{ type: 'string' }],
      if: { prefixItems: [{ const: 'pair' }] },
      then: { prefixItems: [true, { type: 'number' }] },
      unevaluatedItems: false,
    },
    valid: [['pair', 1], ['single']],
    invalid: [
      ['single', 1],
      ['pair', 1, 2],
    ],
  },
];

describe('unevaluatedProperties and unevaluatedItems after branches', () => {
  describe.each(CASES)('$name', ({ schema, valid, invalid }) => {
    const validate = createAjv().compile(schema);
    it.each(valid.map((value) => [JSON.stringify(value), value]))('accepts %s', (_, value) => {
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    });
    it.each(invalid.map((value) => [JSON.stringify(value), value]))('refuses %s', (_, value) => {
      expect(validate(value)).toBe(false);
    });
  });
});
