import fc from 'fast-check';
import { spendPlanningTime } from './planning-budget.ts';

const DEFAULT_MAX_TRIES = 2_000;

/**
 * `arb.filter(predicate)` that gives up after `maxTries` rejections in a row with a one-line error naming
 * `what`, instead of looping forever on a schema no value satisfies. Shrinking is filtered like fc's own.
 */
class BoundedFilterArbitrary<T> extends fc.Arbitrary<T> {
  constructor(
    private readonly arb: fc.Arbitrary<T>,
    private readonly predicate: (value: T) => boolean,
    private readonly what: string,
    private readonly maxTries: number,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    for (let tries = 0; tries < this.maxTries; tries++) {
      if (tries % 64 === 63) spendPlanningTime();
      const candidate = this.arb.generate(mrng, biasFactor);
      if (this.predicate(candidate.value)) return candidate;
    }
    throw new Error(`${this.what}: no value found in ${this.maxTries} tries`);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.arb.canShrinkWithoutContext(value) && this.predicate(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.arb.shrink(value, context).filter((candidate) => this.predicate(candidate.value));
  }
}

export function boundedFilter<T>(
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => boolean,
  what: string,
  maxTries = DEFAULT_MAX_TRIES,
): fc.Arbitrary<T> {
  return new BoundedFilterArbitrary(arb, predicate, what, maxTries);
}

/** Stands for a value that could not be built; it fails every validation (it does not survive JSON). */
export const NOT_BUILT: unique symbol = Symbol('not built');

/** `arb`, except that a generation error yields NOT_BUILT instead of escaping (for mutations checked later). */
class CatchingArbitrary<T> extends fc.Arbitrary<T | typeof NOT_BUILT> {
  constructor(private readonly arb: fc.Arbitrary<T>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T | typeof NOT_BUILT> {
    try {
      return this.arb.generate(mrng, biasFactor);
    } catch {
      return new fc.Value(NOT_BUILT, undefined);
    }
  }

  canShrinkWithoutContext(value: unknown): value is T | typeof NOT_BUILT {
    return value === NOT_BUILT || this.arb.canShrinkWithoutContext(value);
  }

  shrink(value: T | typeof NOT_BUILT, context: unknown): fc.Stream<fc.Value<T | typeof NOT_BUILT>> {
    if (value === NOT_BUILT) return fc.Stream.nil();
    return this.arb.shrink(value, context);
  }
}

export function catching<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | typeof NOT_BUILT> {
  return new CatchingArbitrary(arb);
}
