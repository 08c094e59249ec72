import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import type { EventSink } from '../../src/run/events.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runContract } from '../../src/run/run-contract.ts';
import type { RunResults } from '../../src/run/types.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

export interface MockRun {
  results: RunResults;
  mock: MockServer;
}

/** A whole contract run through the engine users run (`contract run`), against a mock carrying the faults. */
export async function runAgainstMock(
  faults: FaultName[],
  env: Record<string, string> = {},
  mockOptions: { slowMs?: number; specPath?: string } = {},
  sink?: EventSink,
): Promise<MockRun> {
  const mock = must(await startMockServer({ faults, ...mockOptions }));
  try {
    const config = must(
      readRunConfig({
        CONTRACT_BASE_URL: mock.url,
        CONTRACT_TOKEN: mock.credentials.token,
        CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
        CONTRACT_SEED: '20261127',
        CONTRACT_RUNS: '250',
        ...env,
      }),
    );
    const extensions = [apiKeysExtension()];
    const results = must(await runContract(config, { baseUrl: mock.url, extensions, sink }));
    return { results, mock };
  } finally {
    await mock.close();
  }
}
