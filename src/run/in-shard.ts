import { createHash } from 'node:crypto';
import type { Shard } from './shard.ts';

/**
 * Whether one named item (an operation a suite file covers alone) belongs to this shard: a stable hash of
 * its name, so every shard decides the same way without knowing the other items.
 */
export function inShard(name: string, shard: Shard | undefined): boolean {
  if (shard === undefined) return true;
  const bucket = createHash('sha256').update(name).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
