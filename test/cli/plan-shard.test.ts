import { describe, expect, it } from 'vitest';
import { countSuiteFiles, planShard } from '../../src/cli/plan-shard.ts';

describe('planShard', () => {
  it('lets vitest split the files when there are at least as many files as shards', () => {
    const env: Record<string, string | undefined> = { CONTRACT_SHARD: '2/3' };
    expect(planShard(env, 3)).toBe('2/3');
    expect(env.CONTRACT_SHARD).toBe('');
  });

  it('lets the suites split their operations when there are fewer files than shards', () => {
    const env: Record<string, string | undefined> = { CONTRACT_SHARD: '2/3' };
    expect(planShard(env, 2)).toBeUndefined();
    expect(env.CONTRACT_SHARD).toBe('2/3');
  });

  it('does nothing without a shard, and throws a usage error on a malformed one', () => {
    expect(planShard({}, 5)).toBeUndefined();
    expect(() => planShard({ CONTRACT_SHARD: '4/3' }, 5)).toThrow(/OAC_ERR_USAGE|CONTRACT_SHARD/);
  });

  it('counts the contract suite files of this project', () => {
    expect(countSuiteFiles()).toBeGreaterThanOrEqual(1);
    expect(countSuiteFiles('/nonexistent')).toBe(0);
  });
});
