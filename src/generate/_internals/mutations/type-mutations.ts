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

/**
 * Values of every JSON type the node does not allow (null unless nullable, booleans, numbers, numeric
 * strings, strings, arrays, objects), as one mutation: one reason, `type` at the node, whatever the wrong
 * type (each sample says which it is). Types whose every value the enum or const also refuses are left out.
 */
export function typeMutations(view: SchemaView, site: Site): NodeMutation[] {
  const types = declaredTypes(view.schema);
  if (types === undefined) return [];
  const label = labelOf(site);
  const stated = types.join('|');
  const listed = allowedValues(view);
  const wrong = wrongTypes(view, types).filter((candidate) => !typeAllowed(types, candidate.type));
  if (wrong.length === 0) return [];
  const reason = reasonFor(site, view, 'type', `${label} has a value of another type (type ${stated})`);
  const usable = wrong.filter(
    (candidate) => listed === undefined || listed.some((value) => jsonTypeOf(value) === candidate.type),
  );
  if (usable.length === 0 && listed !== undefined)
    return [{ reason, why: `a value of another type is outside the ${listed.keyword} as well` }];
  return [
    {
      reason,
      value: fc.oneof(...usable.map((candidate) => candidate.value)),
      describe: (value: unknown) =>
        `${label} is ${preview(value)}, ${wordsFor(value, types)} (type ${stated})`,
    },
  ];
}

/** How a wrong value is called: `null`, `a boolean`, `a numeric string`... */
function wordsFor(value: unknown, types: readonly JsonType[]): string {
  const numeric = types.includes('integer') || types.includes('number');
  if (typeof value === 'string' && numeric && value !== '' && Number.isFinite(Number(value)))
    return 'a numeric string';
  const words: Record<JsonType, string> = {
    null: 'null',
    boolean: 'a boolean',
    integer: 'a number',
    number: 'a non-integer number',
    string: 'a string',
    array: 'an array',
    object: 'an object',
  };
  return words[jsonTypeOf(value)];
}

/** The values an enum or const allows, when the node has one. */
function allowedValues(view: SchemaView): (unknown[] & { keyword: string }) | undefined {
  if ('const' in view.schema) return Object.assign([view.schema.const], { keyword: 'const' });
  return Array.isArray(view.schema.enum)
    ? Object.assign([...(view.schema.enum as unknown[])], { keyword: 'enum' })
    : undefined;
}

/** The JSON type of a value, integers apart from other numbers (as wrongTypes names them). */
function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value === 'string' ? 'string' : 'boolean';
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
