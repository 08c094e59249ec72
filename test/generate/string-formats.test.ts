import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRING_FORMATS } from '../../src/generate/_internals/string-formats.ts';
import { createAjv } from '../../src/schema/ajv.ts';

const ajv = createAjv();

describe('STRING_FORMATS against the validator (ajv the oracle)', () => {
  it.each(Object.keys(STRING_FORMATS))(
    '%s: valid values and the example pass, invalid ones fail',
    (format) => {
      const { valid, example, invalid } = STRING_FORMATS[format] ?? {
        valid: fc.string(),
        example: '',
        invalid: [],
      };
      const validate = ajv.compile({ type: 'string', format });
      for (const text of [example, ...fc.sample(valid, { numRuns: 300, seed: 9 })])
        expect(validate(text), `${format}: ${JSON.stringify(text)}`).toBe(true);
      for (const text of invalid) {
        expect(validate(text), `${format}: ${JSON.stringify(text)}`).toBe(false);
        expect(validate.errors?.map((error) => error.keyword)).toEqual(['format']);
      }
    },
  );
});
