import { err, ok, type Result } from '../core/result.ts';

/** `--shard 2/3`: this process is the 2nd of 3 that split the work (1-based, as vitest writes it). */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `i/n` (1 <= i <= n); empty or absent means no sharding. A wrong value is a usage error. */
export function parseShard(raw: string | undefined, name = 'CONTRACT_SHARD'): Result<Shard | undefined> {
  if (raw === undefined || raw.trim() === '') return ok(undefined);
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const [index, count] = [Number(match?.[1]), Number(match?.[2])];
  if (match === null || count < 1 || index < 1 || index > count)
    return err('OAC_ERR_USAGE', `${name} must be i/n with 1 <= i <= n (e.g. 2/3), got "${raw}"`);
  return ok({ index, count });
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
