import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unwrap } from '../core/result.ts';
import { formatShard, parseShard } from '../run/shard.ts';

const SUITES = fileURLToPath(new URL('../../suites', import.meta.url));

/** The contract suite files vitest would run (`suites/**\/*.contract.test.ts`). */
export function countSuiteFiles(dir = SUITES): number {
  try {
    return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.contract.test.ts'))
      .length;
  } catch {
    return 0;
  }
}

/**
 * Splits `contract run --shard i/n` (CONTRACT_SHARD) at one level only, so no operation is lost or run
 * twice: with at least n suite files, vitest shards the files (returned, for its `shard` option) and the
 * suites see no CONTRACT_SHARD; with fewer files, every shard runs every file and the suites split their
 * operations (`takeShard`/`inShard` with CONTRACT_SHARD). Throws a usage error on a malformed value.
 */
export function planShard(
  env: Record<string, string | undefined>,
  suiteFiles = countSuiteFiles(),
): string | undefined {
  const shard = unwrap(parseShard(env.CONTRACT_SHARD));
  if (shard === undefined || suiteFiles < shard.count) return undefined;
  env.CONTRACT_SHARD = '';
  return formatShard(shard);
}
