import { describe, expect, it } from 'vitest';
import { mergeSchemas } from '../../src/diff/_internals/schema/merge-schemas.ts';

describe('mergeSchemas (the diff view of an allOf)', () => {
  it('merges by the rules generation uses: an integer is a number, enums and flags combine', () => {
    expect(
      mergeSchemas({ type: 'number', enum: [1, 2, 3] }, { type: 'integer', enum: [2, 3, 4], readOnly: true }),
    ).toEqual({
      type: ['integer'],
      enum: [2, 3],
      readOnly: true,
    });
  });

  it('keeps the first value of a keyword that cannot be merged, and changes neither input', () => {
    const first = { pattern: '^a', properties: { a: { type: 'string' } } };
    const second = { pattern: '^b', properties: { a: { maxLength: 2 } } };
    expect(mergeSchemas(first, second)).toEqual({
      pattern: '^a',
      properties: { a: { allOf: [{ type: 'string' }, { maxLength: 2 }] } },
    });
    expect(first).toEqual({ pattern: '^a', properties: { a: { type: 'string' } } });
  });
});
