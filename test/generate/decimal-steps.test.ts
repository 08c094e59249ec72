import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  multipleAt,
  multipleNear,
  offMultiple,
  stepFrom,
  stepsIn,
} from '../../src/generate/_internals/decimal-steps.ts';
import { coverageValues } from '../../src/generate/coverage-values.ts';
import { invalidArbitrary } from '../../src/generate/invalid-arbitrary.ts';
import { validArbitrary } from '../../src/generate/valid-arbitrary.ts';
import { isDecimalMultiple } from '../../src/schema/decimal.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';
import { KEYWORD_SCHEMAS } from './keyword-schemas.ts';

/** Digits after the point in a number's shortest text (1.5e-7 has 8). */
function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

const STEPS = [0.01, 0.1, 0.05, 0.003, 0.07, 7, 2.5, 1e-8];

describe('decimal steps', () => {
  it('writes n × step as the exact multiple, never 32.800000000000004', () => {
    expect(multipleAt(328n, 0.1, 'down')).toBe(32.8);
    expect(multipleAt(656n, 0.01, 'down')).toBe(6.56);
    expect(multipleAt(641419n, 0.01, 'down')).toBe(6414.19);
    expect(multipleAt(41n, 0.01, 'down')).toBe(0.41);
    expect(multipleAt(2n ** 53n - 1n, 1, 'down')).toBe(2 ** 53 - 1);
  });

  it('yields multiples with no more decimals than the step, at every magnitude, on the side asked', () => {
    const factors = fc.oneof(
      fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
      fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
    );
    fc.assert(
      fc.property(factors, fc.constantFrom(...STEPS), fc.constantFrom('up', 'down'), (factor, step, side) => {
        const value = multipleAt(factor, step, side);
        expect(isDecimalMultiple(value, step)).toBe(true);
        expect(decimalPlaces(value)).toBeLessThanOrEqual(decimalPlaces(step));
        const exact = Number(factor) * step;
        const slack = Math.abs(exact) * 1e-12; // the float product's own error
        if (side === 'up') expect(value).toBeGreaterThanOrEqual(exact - slack);
        else expect(value).toBeLessThanOrEqual(exact + slack);
      }),
      { numRuns: 3000, seed: 3 },
    );
  });

  it('counts steps and moves by steps on decimals', () => {
    expect(stepsIn(0.3, 0.1, 'down')).toBe(3n);
    expect(stepsIn(-0.35, 0.1, 'down')).toBe(-4n);
    expect(stepsIn(-0.35, 0.1, 'up')).toBe(-3n);
    expect(multipleNear(0.123, 0.05, 'up')).toBe(0.15);
    expect(multipleNear(0.123, 0.05, 'down')).toBe(0.1);
    expect(stepFrom(0.1, 1, 0.01)).toBe(0.11);
    expect(stepFrom(0.1, -1, 0.01)).toBe(0.09);
    expect(offMultiple(0.07, 0.01, false)).toBe(0.075);
    expect(offMultiple(14, 7, true, -1)).toBe(13);
  });
});

describe('generators on decimal steps (ajv the oracle)', () => {
  const compiled = compiledSchemaFor(KEYWORD_SCHEMAS.decimals ?? false);
  const steps: Record<string, number> = { price: 0.01, tip: 0.1, rate: 0.003, open: 0.07 };

  it('valid values are decimal multiples: ajv accepts them and their text has no extra decimals', () => {
    for (const value of fc.sample(validArbitrary(compiled), { numRuns: 1000, seed: 4 })) {
      expect(compiled.validate(value)).toEqual([]);
      for (const [name, step] of Object.entries(steps)) {
        const number = (value as Record<string, number>)[name] ?? 0;
        expect(decimalPlaces(number), `${name} ${number}`).toBeLessThanOrEqual(decimalPlaces(step));
      }
    }
  });

  it('coverage values hold their expectation; the valid ones have no extra decimals', () => {
    const values = coverageValues(compiled);
    for (const { value, expect: expected, reason, note } of values) {
      const errors = compiled.validate(value);
      if (expected === 'valid') expect(errors, note).toEqual([]);
      else expect(reason && failsOnlyFor(errors, reason), note).toBe(true);
      if (expected !== 'valid') continue;
      for (const [name, step] of Object.entries(steps)) {
        const number = (value as Record<string, unknown>)[name];
        if (typeof number === 'number')
          expect(decimalPlaces(number), note).toBeLessThanOrEqual(decimalPlaces(step));
      }
    }
    expect(values.some(({ note }) => note.includes('price: 0.02, just inside minimum 0.01'))).toBe(true);
  });

  it('breaks multipleOf alone for each decimal step, proven by the same validator', () => {
    const { arbitrary, mutations } = invalidArbitrary(compiled);
    if (arbitrary === undefined) throw new Error('no mutation kept');
    const multipleOf = mutations.filter(({ reason }) => reason.keyword === 'multipleOf');
    expect(multipleOf.map(({ reason, kept }) => [reason.instancePath, kept])).toEqual(
      Object.keys(steps).map((name) => [`/${name}`, true]),
    );
    const samples = fc.sample(arbitrary, { numRuns: 500, seed: 5 });
    for (const { value, reason } of samples)
      expect(failsOnlyFor(compiled.validate(value), reason), reason.description).toBe(true);
    expect(samples.filter(({ reason }) => reason.keyword === 'multipleOf').length).toBeGreaterThan(10);
  });
});
