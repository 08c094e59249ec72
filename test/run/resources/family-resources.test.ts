import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../../src/mock/defaults.ts';
import type { ContractEvent } from '../../../src/run/events.ts';
import { runAgainstMock } from '../../e2e/run-against-mock.ts';

type CaseEvent = Extract<ContractEvent, { type: 'case-finished' }>;

/** A whole run on the key family against the bundled mock, with every case's status. */
async function familyRun() {
  const cases: CaseEvent[] = [];
  const sink = (event: ContractEvent) => (event.type === 'case-finished' ? cases.push(event) : undefined);
  const family = { specPath: MOCK_DEFAULTS.familySpecPath };
  const env = { CONTRACT_SPEC: MOCK_DEFAULTS.familySpecPath, CONTRACT_RUNS: '40' };
  const { results, mock } = await runAgainstMock([], env, family, sink);
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
