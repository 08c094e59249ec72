import fc from 'fast-check';
import { boundedFilter } from '../bounded-filter.ts';
import { declaredTypes, typeAllowed, type JsonType } from '../json-types.ts';
import { numberArbitrary } from '../number-arbitrary.ts';
import { numericBounds } from '../numeric-bounds.ts';
import type { SchemaView } from '../schema-view.ts';
import { labelOf, preview, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';

export interface WrongType {
  /** The JSON type the value has. */
  type: JsonType;
  words: string;
  value: fc.Arbitrary<unknown>;
}

/** Every JSON type the node does not allow: null (unless nullable), booleans, numbers, strings, arrays, objects. */
export function typeMutations(view: SchemaView, site: Site): NodeMutation[] {
  const types = declaredTypes(view.schema);
  if (types === undefined) return [];
  const label = labelOf(site);
  const stated = types.join('|');
  return wrongTypes(view, types)
    .filter((wrong) => !typeAllowed(types, wrong.type))
    .map((wrong) => ({
      reason: reasonFor(site, view, 'type', `${label} is ${wrong.words} (type ${stated})`),
      value: wrong.value,
      describe: (value: unknown) => `${label} is ${preview(value)}, ${wrong.words} (type ${stated})`,
    }));
}

/** A value of each JSON type, and the numeric strings a lenient parser would take for a number. */
export function wrongTypes(view: SchemaView, types: readonly JsonType[]): WrongType[] {
  const numeric = types.includes('integer') || types.includes('number');
  const wrong: WrongType[] = [
    { type: 'null', words: 'null', value: fc.constant(null) },
    { type: 'boolean', words: 'a boolean', value: fc.boolean() },
    { type: 'number', words: 'a non-integer number', value: nonIntegers(view) },
    {
      type: 'integer',
      words: 'a number',
      value: fc.oneof(fc.constant(5), fc.integer({ min: -1000, max: 1000 })),
    },
    { type: 'string', words: 'a string', value: fc.constantFrom('text', 'true', 'null', '') },
    {
      type: 'array',
      words: 'an array',
      value: fc.oneof(fc.constant([]), fc.array(fc.string(), { minLength: 1, maxLength: 2 })),
    },
    { type: 'object', words: 'an object', value: fc.constant({}) },
  ];
  if (numeric) {
    const integer = !types.includes('number');
    const numbers = numberArbitrary(numericBounds(view.schema, integer));
    wrong.push({ type: 'string', words: 'a numeric string', value: numbers.map((value) => String(value)) });
  }
  return wrong;
}

/** Non-integers inside the node's numeric bounds (1.5 where allowed): only the integer type is broken. */
export function nonIntegers(view: SchemaView): fc.Arbitrary<number> {
  const bounds = { ...numericBounds(view.schema, false), integer: false };
  const inside = boundedFilter(
    numberArbitrary(bounds),
    (value) => !Number.isInteger(value),
    'nonIntegers',
    200,
  );
  return fc.oneof(fc.constant(1.5), inside);
}
