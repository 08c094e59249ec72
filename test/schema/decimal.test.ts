import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/ajv.ts';
import { decimalOf, isDecimalMultiple, numberOf } from '../../src/schema/decimal.ts';

describe('decimalOf', () => {
  it('reads a number as the decimal its shortest text writes, without trailing zeros', () => {
    expect(decimalOf(19.99)).toEqual({ digits: 1999n, exponent: -2 });
    expect(decimalOf(-0.07)).toEqual({ digits: -7n, exponent: -2 });
    expect(decimalOf(1200)).toEqual({ digits: 12n, exponent: 2 });
    expect(decimalOf(1e21)).toEqual({ digits: 1n, exponent: 21 });
    expect(decimalOf(1.5e-7)).toEqual({ digits: 15n, exponent: -8 });
    expect(decimalOf(-0)).toEqual({ digits: 0n, exponent: 0 });
    expect(() => decimalOf(Number.NaN)).toThrow(RangeError);
  });

  it('reads back to the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(numberOf(decimalOf(value))).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000, seed: 1 },
    );
  });
});

describe('isDecimalMultiple', () => {
  it('holds for decimal multiples binary floating point gets wrong', () => {
    for (const value of [19.99, 0.07, 4.35, 6414.19, -0.07, 12345678901.23, 1e21, 1e300, 0])
      expect(isDecimalMultiple(value, 0.01), String(value)).toBe(true);
    expect(isDecimalMultiple(32.8, 0.1)).toBe(true);
    expect(isDecimalMultiple(0.3, 0.1)).toBe(true);
    expect(isDecimalMultiple(2 ** 60, 4)).toBe(true);
    expect(isDecimalMultiple(1e-7, 1e-8)).toBe(true);
  });

  it('fails for values that are not decimal multiples, however close', () => {
    for (const value of [0.005, 32.800000000000004, 0.41000000000000003, 19.991, 1e-7])
      expect(isDecimalMultiple(value, 0.01), String(value)).toBe(false);
    expect(isDecimalMultiple(15, 7)).toBe(false);
    expect(isDecimalMultiple(0.75, 0.5)).toBe(false);
    expect(isDecimalMultiple(2 ** 53 + 2, 5)).toBe(false);
    expect(isDecimalMultiple(Number.POSITIVE_INFINITY, 0.01)).toBe(false);
  });

  it('agrees with exact integer arithmetic on n × step written in decimals', () => {
    const steps = fc.constantFrom(0.01, 0.1, 0.05, 0.003, 0.25, 7, 1.5);
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), steps, fc.boolean(), (n, step, off) => {
        const places = (String(step).split('.')[1] ?? '').length;
        const text = (n * 10 ** places * step).toFixed(0); // n × step in units of 10^-places, exactly
        const value = Number(`${text}e-${places}`) + (off ? step / 2 : 0);
        expect(isDecimalMultiple(value, step)).toBe(!off);
      }),
      { numRuns: 3000, seed: 2 },
    );
  });
});

describe('createAjv multipleOf', () => {
  const validate = createAjv().compile({ type: 'object', properties: { price: { multipleOf: 0.01 } } });

  it('accepts decimal multiples of a decimal step (2020-12 §6.2.1: the division is an integer)', () => {
    for (const price of [19.99, 0.07, 4.35, 12345678901.23, 1e21])
      expect(validate({ price }), String(price)).toBe(true);
  });

  it("reports others as ajv's own keyword did: same keyword, paths, params and message", () => {
    expect(validate({ price: 32.800000000000004 })).toBe(false);
    expect(validate.errors).toEqual([
      {
        instancePath: '/price',
        schemaPath: '#/properties/price/multipleOf',
        keyword: 'multipleOf',
        params: { multipleOf: 0.01 },
        message: 'must be multiple of 0.01',
      },
    ]);
  });
});
