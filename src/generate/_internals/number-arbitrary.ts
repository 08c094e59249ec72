import fc from 'fast-check';
import { boundedFilter } from './bounded-filter.ts';
import { multipleAt, stepsIn, type Direction } from './decimal-steps.ts';
import {
  integerRange,
  isMultipleOf,
  withinBounds,
  type Bound,
  type NumericBounds,
} from './numeric-bounds.ts';

/** Integers past 2^53 (where JavaScript, JSON parsers and databases differ) that servers must take too. */
const BIG_INTEGERS = [2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 60, 2 ** 63, 1e21];
/** Integers are drawn in ±WIDE when a side is open. */
const WIDE = 2 ** 70;
const SMALL = 1000;

/** Numbers within the bounds; integers reach past 2^53 when no maximum stops them. */
export function numberArbitrary(bounds: NumericBounds): fc.Arbitrary<number> {
  const steps = bounds.multipleOf !== undefined ? multiples(bounds) : undefined;
  const arb = steps ?? (bounds.integer ? integers(bounds) : oneOf([integers(bounds), doubles(bounds)]));
  return boundedFilter(
    arb ?? fc.constant(Number.NaN),
    (value) => withinBounds(value, bounds),
    'numberArbitrary',
  );
}

function integers(bounds: NumericBounds): fc.Arbitrary<number> | undefined {
  const { lo, hi } = integerRange(bounds);
  const centre = lo !== undefined && lo > 0 ? lo : hi !== undefined && hi < 0 ? hi : 0;
  const small = bigRange(Math.max(lo ?? -Infinity, centre - SMALL), Math.min(hi ?? Infinity, centre + SMALL));
  const wide = bigRange(lo ?? -WIDE, hi ?? WIDE);
  const big = [...BIG_INTEGERS, ...BIG_INTEGERS.map((value) => -value)].filter((value) =>
    withinBounds(value, bounds),
  );
  return weighted([
    [5, small],
    [2, wide],
    [1, big.length > 0 ? fc.constantFrom(...big) : undefined],
  ]);
}

function bigRange(min: number, max: number): fc.Arbitrary<number> | undefined {
  if (min > max) return undefined;
  return fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map((value) => Number(value));
}

function doubles(bounds: NumericBounds): fc.Arbitrary<number> | undefined {
  const { lower, upper } = bounds;
  if (
    lower &&
    upper &&
    (lower.value > upper.value || (lower.value === upper.value && (lower.exclusive || upper.exclusive)))
  ) {
    return undefined;
  }
  return fc.double({
    min: lower?.value ?? -Number.MAX_VALUE,
    max: upper?.value ?? Number.MAX_VALUE,
    minExcluded: lower?.exclusive ?? false,
    maxExcluded: upper?.exclusive ?? false,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/**
 * Multiples of `multipleOf` inside the bounds, exact on decimals: the factors `n` within them (counted on
 * decimals, so 0.3 / 0.1 is 3), each times the step as `multipleAt` writes it (32.8, not 32.800000000000004).
 */
function multiples(bounds: NumericBounds): fc.Arbitrary<number> | undefined {
  const step = bounds.multipleOf ?? 1;
  const lo = bounds.lower && factorWithin(bounds.lower, step, 'up');
  const hi = bounds.upper && factorWithin(bounds.upper, step, 'down');
  const factors = integers({ integer: true, lower: inclusive(lo), upper: inclusive(hi) });
  // Rounded toward zero when a factor is too long to write exactly: toward the bounds' inside, mostly.
  return factors?.map((factor) => multipleAt(BigInt(factor), step, factor < 0 ? 'up' : 'down'));
}

/** The first factor inside a bound, `direction` toward the inside. */
function factorWithin(bound: Bound, step: number, direction: Direction): number {
  const factor = stepsIn(bound.value, step, direction);
  const onBound = bound.exclusive && isMultipleOf(bound.value, step);
  return Number(onBound ? factor + (direction === 'up' ? 1n : -1n) : factor);
}

function inclusive(value: number | undefined): NumericBounds['lower'] {
  return value === undefined ? undefined : { value, exclusive: false, keyword: 'minimum' };
}

function weighted(entries: [number, fc.Arbitrary<number> | undefined][]): fc.Arbitrary<number> | undefined {
  const present = entries.flatMap(([weight, arbitrary]) => (arbitrary ? [{ weight, arbitrary }] : []));
  return present.length > 0 ? fc.oneof(...present) : undefined;
}

function oneOf(arbitraries: (fc.Arbitrary<number> | undefined)[]): fc.Arbitrary<number> | undefined {
  const present = arbitraries.filter((arbitrary) => arbitrary !== undefined);
  return present.length > 0 ? fc.oneof(...present) : undefined;
}
