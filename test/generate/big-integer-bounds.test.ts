import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageValues } from '../../src/generate/coverage-values.ts';
import { numberArbitrary } from '../../src/generate/_internals/number-arbitrary.ts';
import { numericBounds } from '../../src/generate/_internals/numeric-bounds.ts';
import { scalarText } from '../../src/generate/_internals/params/render-parameter.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';

// As a YAML or JSON parser reads int64's bounds: 9223372036854775807 becomes 2^63, outside int64.
const INT64 = JSON.parse(
  '{"type":"integer","minimum":-9223372036854775808,"maximum":9223372036854775807}',
) as Record<string, unknown>;

describe('integer bounds past 2^53 (rounded when the document was parsed)', () => {
  it('keeps generated values within the safe integers, which such a bound certainly allows', () => {
    for (const schema of [INT64, { type: 'integer', format: 'int64' }]) {
      const bounds = numericBounds(schema, true);
      expect(bounds.upper?.value).toBe(Number.MAX_SAFE_INTEGER);
      expect(bounds.lower?.value).toBe(Number.MIN_SAFE_INTEGER);
      for (const value of fc.sample(numberArbitrary(bounds), { seed: 5, numRuns: 300 }))
        expect(Number.isSafeInteger(value), String(value)).toBe(true);
    }
  });

  it('plans no boundary case at, inside or outside such a bound', () => {
    const values = coverageValues(compiledSchemaFor({ type: 'object', properties: { serial: INT64 } }));
    const serials = values
      .filter((value) => value.expect === 'valid')
      .map((value) => (value.value as { serial?: unknown } | null)?.serial);
    for (const serial of serials)
      if (typeof serial === 'number') expect(Number.isSafeInteger(serial), String(serial)).toBe(true);
  });

  it('writes a big integer parameter in digits, never as 1e+21', () => {
    expect(scalarText(-1e21)).toBe('-1000000000000000000000');
    expect(scalarText(2 ** 63)).toMatch(/^\d+$/);
    expect(scalarText(1.5)).toBe('1.5');
  });
});
