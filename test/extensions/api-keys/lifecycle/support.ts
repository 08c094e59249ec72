import { unwrap } from '../../../../src/core/result.ts';
import { MOCK_DEFAULTS } from '../../../../src/mock/defaults.ts';
import type { FaultName } from '../../../../src/mock/faults.ts';
import { startMockServer } from '../../../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../../../src/mock/types.ts';
import type { KeyTracker } from '../../../../src/extensions/api-keys/keys/key-tracker.ts';
import { apiKeysExtension } from '../../../../src/extensions/api-keys/api-keys-extension.ts';
import { openSession } from '../../../../src/run/open-session.ts';
import { readRunConfig } from '../../../../src/run/run-config.ts';
import type { RunSession } from '../../../../src/run/types.ts';

export interface FamilyRun {
  mock: MockServer;
  session: RunSession;
  keys: KeyTracker;
  close(): Promise<void>;
}

/** A session on the Service Accounts family against a fresh mock carrying the given faults. */
export async function familyRun(
  faults: FaultName[] = [],
  env: Record<string, string> = {},
): Promise<FamilyRun> {
  const mock = unwrap(await startMockServer({ specPath: MOCK_DEFAULTS.familySpecPath, faults }));
  const config = unwrap(
    readRunConfig({
      CONTRACT_BASE_URL: mock.url,
      CONTRACT_TOKEN: mock.credentials.token,
      CONTRACT_SPEC: MOCK_DEFAULTS.familySpecPath,
      CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
      CONTRACT_SEED: '20261127',
      ...env,
    }),
  );
  const extension = apiKeysExtension();
  const session = unwrap(await openSession(config, mock.url, [extension]));
  const keys = extension.tracker();
  if (keys === undefined) throw new Error('the api-keys extension did not apply to the family document');
  return {
    mock,
    session,
    keys,
    close: async () => {
      await session.close();
      await mock.close();
    },
  };
}

/** Keys of the mock's default account that still open the API (neither revoked nor expired). */
export function activeKeys(mock: MockServer): string[] {
  const now = Date.now();
  return mock.state
    .keys(mock.credentials.serviceAccountId)
    .filter(
      (key) => (key.revokedAt === undefined || key.revokedAt > now) && (key.expiresAt ?? Infinity) > now,
    )
    .map((key) => key.id);
}
