import { _, str, type KeywordCxt } from 'ajv/dist/2020.js';
import type { KeywordDefinition } from 'ajv';
import { isDecimalMultiple } from '../decimal.ts';

/**
 * ajv's `multipleOf`, judged on decimals (`isDecimalMultiple`) instead of binary floating point: same keyword,
 * same error (message, `params.multipleOf`, paths), so describing and `failsOnlyFor` are unchanged.
 * (`multipleOfPrecision` would not do: its tolerance is absolute on the quotient, so 12345678901.23 / 0.01,
 * off by 1e-4 in binary, would still fail.)
 */
export const DECIMAL_MULTIPLE_OF: KeywordDefinition = {
  keyword: 'multipleOf',
  type: 'number',
  schemaType: 'number',
  error: {
    message: ({ schemaCode }) => str`must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => _`{multipleOf: ${schemaCode}}`,
  },
  code(cxt: KeywordCxt) {
    const test = cxt.gen.scopeValue('func', { ref: isDecimalMultiple });
    cxt.fail(_`!${test}(${cxt.data}, ${cxt.schemaCode})`);
  },
};
