import { describe, expect, it } from 'vitest';
import { mergeAllOfKeyword } from '../../src/schema/merge-all-of-keyword.ts';

/** Folds the schemas' keywords in order; the keywords that could not be merged are listed. */
function fold(...schemas: Record<string, unknown>[]): {
  schema: Record<string, unknown>;
  unmerged: string[];
} {
  const schema: Record<string, unknown> = {};
  const unmerged: string[] = [];
  for (const branch of schemas) {
    for (const [keyword, value] of Object.entries(branch)) {
      if (!mergeAllOfKeyword(schema, keyword, value)) unmerged.push(keyword);
    }
  }
  return { schema, unmerged };
}

describe('mergeAllOfKeyword', () => {
  it('keeps the tighter bound of each side', () => {
    const { schema } = fold(
      { minimum: 1, maximum: 10, minLength: 2, maxItems: 5, exclusiveMinimum: 0, minContains: 1 },
      { minimum: 3, maximum: 8, minLength: 1, maxItems: 7, exclusiveMinimum: 2, maxContains: 4 },
    );
    expect(schema).toEqual({
      minimum: 3,
      maximum: 8,
      minLength: 2,
      maxItems: 5,
      exclusiveMinimum: 2,
      minContains: 1,
      maxContains: 4,
    });
  });

  it('intersects types, an integer being a number, whichever side says it', () => {
    expect(fold({ type: ['string', 'null'] }, { type: 'string' }).schema.type).toEqual(['string']);
    expect(fold({ type: 'number' }, { type: 'integer' }).schema.type).toEqual(['integer']);
    expect(fold({ type: ['integer', 'null'] }, { type: 'number' }).schema.type).toEqual(['integer']);
    expect(fold({ type: 'string' }, { type: 'object' }).schema.type).toEqual([]);
  });

  it('joins required names and intersects enums', () => {
    const { schema } = fold(
      { required: ['a', 'b'], enum: [1, 'x', { k: 1 }] },
      { required: ['b', 'c'], enum: [{ k: 1 }, 1, 2] },
    );
    expect(schema).toEqual({ required: ['a', 'b', 'c'], enum: [1, { k: 1 }] });
  });

  it('joins schema maps, an allOf for an entry both constrain', () => {
    for (const keyword of ['properties', 'patternProperties', 'dependentSchemas']) {
      const { schema } = fold(
        { [keyword]: { a: { type: 'string' }, b: true } },
        { [keyword]: { a: { minLength: 1 }, c: false } },
      );
      expect(schema[keyword], keyword).toEqual({
        a: { allOf: [{ type: 'string' }, { minLength: 1 }] },
        b: true,
        c: false,
      });
    }
  });

  it('keeps a `__proto__` entry as an own property', () => {
    const { schema } = fold(
      { properties: JSON.parse('{"__proto__": {"type": "string"}}') as object },
      { properties: JSON.parse('{"__proto__": {"maxLength": 3}}') as object },
    );
    const properties = schema.properties as Record<string, unknown>;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.hasOwn(properties, '__proto__')).toBe(true);
  });

  it('sets a flag when either side sets it, and takes annotations from the first', () => {
    const { schema, unmerged } = fold(
      { readOnly: false, uniqueItems: false, title: 'A', description: 'first', default: 1 },
      { readOnly: true, uniqueItems: false, title: 'B', default: 2, deprecated: true },
    );
    expect(schema).toEqual({
      readOnly: true,
      uniqueItems: false,
      title: 'A',
      description: 'first',
      default: 1,
      deprecated: true,
    });
    expect(unmerged).toEqual([]);
  });

  it('says when two values cannot be one keyword, and leaves the first in place', () => {
    const { schema, unmerged } = fold(
      { pattern: '^a', not: { type: 'null' }, const: 1 },
      { pattern: '^b', not: { type: 'null' }, const: 2 },
    );
    expect(unmerged).toEqual(['pattern', 'const']);
    expect(schema).toEqual({ pattern: '^a', not: { type: 'null' }, const: 1 });
  });

  it('cannot merge bounds or maps that are not numbers or objects', () => {
    expect(fold({ minimum: 1 }, { minimum: '2' }).unmerged).toEqual(['minimum']);
    expect(fold({ properties: { a: {} } }, { properties: 'a' }).unmerged).toEqual(['properties']);
  });
});
