import { startMockServer } from '../../../src/mock/start-mock-server.ts';
import type { MockOptions, MockServer } from '../../../src/mock/types.ts';
import { openSession } from '../../../src/run/open-session.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import type { RunSession } from '../../../src/run/types.ts';

export function must<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

export interface MockSession {
  session: RunSession;
  mock: MockServer;
  close: () => Promise<void>;
}

/** A session of the run (read from CONTRACT_* variables) against a fresh mock. */
export async function openMockSession(
  env: Record<string, string>,
  options: MockOptions = {},
): Promise<MockSession> {
  const mock = must(await startMockServer(options));
  const config = must(
    readRunConfig({
      CONTRACT_BASE_URL: mock.url,
      CONTRACT_TOKEN: mock.credentials.token,
      CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
      CONTRACT_SEED: '20261127',
      ...env,
    }),
  );
  const session = must(await openSession(config, mock.url));
  return {
    session,
    mock,
    close: async () => {
      await session.close();
      await mock.close();
    },
  };
}

/** Requests the mock answered with a 2xx to a POST: every one of them minted a key (create or rotate). */
export function mintingAnswers(mock: MockServer): number {
  return mock.requestLog.filter(
    (entry) => entry.method === 'POST' && entry.status >= 200 && entry.status < 300,
  ).length;
}
