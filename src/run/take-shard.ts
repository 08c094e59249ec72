import type { Shard } from './shard.ts';

/**
 * This shard's part of a list (every n-th item, starting at the i-th): the n shards of one run take each
 * item exactly once, provided each lists the items in the same order (operations in document order do).
 * Without a shard, the whole list.
 */
export function takeShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (shard === undefined) return [...items];
  return items.filter((_, position) => position % shard.count === shard.index - 1);
}
