import { describe, expect, it } from 'vitest';
import { formatShard, parseShard } from '../../src/run/shard.ts';
import { takeShard } from '../../src/run/take-shard.ts';

describe('parseShard', () => {
  it('reads i/n and leaves an empty value unsharded', () => {
    expect(parseShard('2/3')).toEqual({ ok: true, value: { index: 2, count: 3 } });
    expect(parseShard(' 1 / 1 ')).toEqual({ ok: true, value: { index: 1, count: 1 } });
    expect(parseShard(undefined)).toEqual({ ok: true, value: undefined });
    expect(parseShard('')).toEqual({ ok: true, value: undefined });
    expect(formatShard({ index: 2, count: 3 })).toBe('2/3');
  });

  it.each(['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', '-1/2'])(
    'rejects %j as a usage error naming the variable',
    (raw) => {
      const shard = parseShard(raw);
      expect(shard.ok).toBe(false);
      if (!shard.ok) {
        expect(shard.error.code).toBe('OAC_ERR_USAGE');
        expect(shard.error.message).toContain('CONTRACT_SHARD');
      }
    },
  );
});

describe('takeShard', () => {
  const operations = Array.from({ length: 11 }, (_, index) => `operation${index}`);

  it.each([1, 2, 3, 5, 11, 12])('split a list among %i shards: each item exactly once', (count) => {
    const shards = Array.from({ length: count }, (_, index) => ({ index: index + 1, count }));
    const taken = shards.flatMap((shard) => takeShard(operations, shard));
    expect(taken.sort()).toEqual([...operations].sort());
  });

  it('takes every n-th item, starting at the i-th', () => {
    expect(takeShard(['a', 'b', 'c', 'd', 'e'], { index: 2, count: 2 })).toEqual(['b', 'd']);
    expect(takeShard(['a', 'b'], undefined)).toEqual(['a', 'b']);
  });
});
