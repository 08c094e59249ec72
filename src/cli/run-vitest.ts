import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';
import { planShard } from './plan-shard.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the user-facing suites (vitest project `contract`); true when every test passed. */
export async function runContractSuites(
  filters: string[],
): Promise<{ passed: boolean; failedTests: number }> {
  // CONTRACT_SHARD: vitest splits the files, or (fewer files than shards) the suites split their operations.
  const shard = planShard(process.env);
  const vitest = await startVitest('test', filters, {
    ...(shard === undefined ? {} : { shard }),
    root: ROOT,
    config: `${ROOT}vitest.config.ts`,
    project: ['contract'],
    watch: false,
    run: true,
  });
  const files = vitest.state.getFiles();
  const failedTests = vitest.state.getCountOfFailedTests();
  const erroredFiles = files.filter((file) => file.result?.state === 'fail').length;
  await vitest.close();
  return { passed: failedTests === 0 && erroredFiles === 0 && files.length > 0, failedTests };
}
