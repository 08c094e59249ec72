import fc from 'fast-check';

/** One alternative, built (and checked) only when first drawn; undefined when it turns out impossible. */
export type Alternative<T> = () => fc.Arbitrary<T> | undefined;

interface Chosen {
  index: number;
  context: unknown;
}

/**
 * One of several alternatives, each made only the first time it is drawn: a plan of a large document has
 * thousands of mutations to check, and a run draws a few hundred. An impossible alternative passes the draw
 * to the next one. What an alternative turns out to be depends only on it (its checks use fixed seeds), so
 * a seed draws the same values whatever was drawn before, and a fast-check path replays.
 */
class LazyChoiceArbitrary<T> extends fc.Arbitrary<T> {
  private readonly made = new Map<number, fc.Arbitrary<T> | undefined>();

  constructor(
    private readonly alternatives: readonly Alternative<T>[],
    private readonly what: string,
  ) {
    super();
  }

  private at(index: number): fc.Arbitrary<T> | undefined {
    if (!this.made.has(index)) this.made.set(index, this.alternatives[index]?.());
    return this.made.get(index);
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    const count = this.alternatives.length;
    const start = mrng.nextInt(0, count - 1);
    for (let step = 0; step < count; step++) {
      const index = (start + step) % count;
      const arbitrary = this.at(index);
      if (arbitrary === undefined) continue;
      let value: fc.Value<T>;
      try {
        value = arbitrary.generate(mrng, biasFactor);
      } catch {
        // Its values turned out too rare to find (a filter gave up): it is impossible from now on.
        this.made.set(index, undefined);
        continue;
      }
      return new fc.Value(value.value_, { index, context: value.context } satisfies Chosen);
    }
    throw new Error(`${this.what}: no alternative can be made`);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    void value;
    return false;
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    const chosen = context as Chosen | undefined;
    const arbitrary = chosen === undefined ? undefined : this.at(chosen.index);
    if (chosen === undefined || arbitrary === undefined) return fc.Stream.nil();
    return arbitrary
      .shrink(value, chosen.context)
      .map((shrunk) => new fc.Value(shrunk.value_, { index: chosen.index, context: shrunk.context }));
  }
}

export function lazyChoice<T>(alternatives: readonly Alternative<T>[], what: string): fc.Arbitrary<T> {
  return new LazyChoiceArbitrary(alternatives, what);
}
