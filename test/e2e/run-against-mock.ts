import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { openSession } from '../../src/run/open-session.ts';
import { planOperation } from '../../src/run/plan-operation.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runPlan } from '../../src/run/run-plan.ts';
import type { RunResults } from '../../src/run/types.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

export interface MockRun {
  results: RunResults;
  mock: MockServer;
}

/** A whole contract run (every phase) in this process against a mock carrying the given faults. */
export async function runAgainstMock(
  faults: FaultName[],
  env: Record<string, string> = {},
  mockOptions: { slowMs?: number } = {},
): Promise<MockRun> {
  const mock = must(await startMockServer({ faults, ...mockOptions }));
  try {
    const config = must(
      readRunConfig({
        CONTRACT_BASE_URL: mock.url,
        CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
        CONTRACT_SEED: '20261127',
        CONTRACT_RUNS: '250',
        ...env,
      }),
    );
    const session = must(await openSession(config, mock.url));
    const { plan } = must(planOperation(session, 'createServiceAccountApiKey'));
    await runPlan(session, plan);
    const results = session.recorder.results(session);
    await session.close();
    return { results, mock };
  } finally {
    await mock.close();
  }
}
