import { afterAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../../src/core/result.ts';
import { apiKeysExtension } from '../../../src/extensions/api-keys/api-keys-extension.ts';
import { MOCK_DEFAULTS } from '../../../src/mock/defaults.ts';
import { startMockServer } from '../../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../../src/mock/types.ts';
import type { ContractEvent } from '../../../src/run/events.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import { runContract } from '../../../src/run/run-contract.ts';

const mocks: MockServer[] = [];
afterAll(async () => {
  for (const mock of mocks) await mock.close();
});

type CaseEvent = Extract<ContractEvent, { type: 'case-finished' }>;

/** A whole run on the key family against the bundled mock, with every case's status. */
async function familyRun() {
  const mock = unwrap(await startMockServer({ specPath: MOCK_DEFAULTS.familySpecPath }));
  mocks.push(mock);
  const config = unwrap(
    readRunConfig({
      CONTRACT_BASE_URL: mock.url,
      CONTRACT_TOKEN: mock.credentials.token,
      CONTRACT_SPEC: MOCK_DEFAULTS.familySpecPath,
      CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
      CONTRACT_SEED: '20261127',
      CONTRACT_RUNS: '40',
    }),
  );
  const cases: CaseEvent[] = [];
  const sink = (event: ContractEvent) => (event.type === 'case-finished' ? cases.push(event) : undefined);
  const results = unwrap(
    await runContract(config, { baseUrl: mock.url, extensions: [apiKeysExtension()], sink }),
  );
  return { results, cases, mock };
}

const statuses = (cases: CaseEvent[], operationId: string, phase: string) =>
  cases.filter((c) => c.operationId === operationId && c.phase === phase).map((c) => c.status);

describe('resources on the key family', () => {
  it("sends rotate's boundaries and invalid bodies against a real key: 400, not 404; no finding", async () => {
    const { results, cases, mock } = await familyRun();
    expect(results.findings.map((group) => `${group.check}: ${group.example.message}`)).toEqual([]);
    expect(results.toolErrors).toEqual([]);
    const rotate = 'rotateServiceAccountApiKey';
    const negative = [...statuses(cases, rotate, 'negative'), ...statuses(cases, rotate, 'coverage')];
    expect(negative).toContain(400);
    expect(statuses(cases, rotate, 'negative')).not.toContain(404);
    // Each valid rotation met a key it could rotate: a rotated key is replaced by a fresh one (no 409).
    expect(statuses(cases, rotate, 'coverage')).toContain(200);
    expect(statuses(cases, rotate, 'coverage')).not.toContain(409);
    expect(statuses(cases, rotate, 'positive')).not.toContain(409);
    const rotated = results.notes.filter(
      (note) => /409/.test(note.message) && note.message.includes('gracePeriod'),
    );
    expect(rotated).toEqual([]);
    expect(statuses(cases, 'revokeServiceAccountApiKey', 'positive')).toContain(204);
    // The keys created for rotate and revoke were revoked at the end like every other.
    const now = Date.now();
    const active = mock.state
      .keys(mock.credentials.serviceAccountId)
      .filter((key) => key.revokedAt === undefined || key.revokedAt > now);
    expect(active).toEqual([]);
  });
});
