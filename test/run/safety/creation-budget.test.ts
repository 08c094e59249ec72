import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../../src/mock/defaults.ts';
import type { FaultName } from '../../../src/mock/faults.ts';
import { executeCase } from '../../../src/run/execute-case.ts';
import { planOperation } from '../../../src/run/plan-operation.ts';
import { runCases } from '../../../src/run/run-cases.ts';
import { runPlan } from '../../support/run-plan.ts';
import type { RunSession } from '../../../src/run/types.ts';
import { mintingAnswers, must, openMockSession } from './helpers.ts';

const CREATE = 'createServiceAccountApiKey';

function budgetNotes(session: RunSession): string[] {
  return session.recorder
    .results(session)
    .notes.map((note) => note.message)
    .filter((message) => message.startsWith('budget:'));
}

function positives(session: RunSession, operationId: string, count: number, seed = 5) {
  const { plan } = must(planOperation(session, operationId));
  return fc.sample(plan.positive, { seed, numRuns: count });
}

describe('CONTRACT_MAX_CREATES: the creation budget', () => {
  it('mints exactly the budget at concurrency 16, then skips and reports the creating cases', async () => {
    const { session, mock, close } = await openMockSession({
      CONTRACT_MAX_CREATES: '20',
      CONTRACT_CONCURRENCY: '16',
      CONTRACT_RUNS: '60',
    });
    try {
      await runPlan(session, must(planOperation(session, CREATE)).plan);
      // Measured on the server side: the mock's log of what it answered.
      expect(mintingAnswers(mock)).toBe(20);
      const [creating, ...others] = budgetNotes(session);
      expect(creating).toMatch(
        /^budget: \d+ creating case\(s\) skipped after 20 keys \(CONTRACT_MAX_CREATES=20\)$/,
      );
      expect(others).toEqual([]);
      // Invalid cases still went: a conformant server mints nothing for them.
      const rejected = mock.requestLog.filter((entry) => entry.method === 'POST' && entry.status === 400);
      expect(rejected.length).toBeGreaterThan(60);
      expect(session.recorder.results(session).findings).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets a server that mints for invalid, unauthorised and unknown-account cases overshoot by at most the concurrency', async () => {
    const faults: FaultName[] = [
      'no-max-length',
      'missing-name-accepted',
      'readonly-can-create',
      'unknown-account-201',
      'no-auth',
    ];
    for (const budget of [7, 31]) {
      const { session, mock, close } = await openMockSession(
        { CONTRACT_MAX_CREATES: String(budget), CONTRACT_CONCURRENCY: '12', CONTRACT_RUNS: '40' },
        { faults },
      );
      try {
        await runPlan(session, must(planOperation(session, CREATE)).plan);
        // Creating cases stop at the budget; the first unexpected key stops the others, in flight excepted.
        const minted = mintingAnswers(mock);
        expect(minted).toBeLessThanOrEqual(budget + 12);
        const notes = budgetNotes(session).join('\n');
        expect(notes).toContain(`skipped after ${minted} keys (CONTRACT_MAX_CREATES=${budget})`);
        expect(notes).toContain('the server minted keys for requests it should refuse');
      } finally {
        await close();
      }
    }
  });

  it('creates nothing with a budget of 0: a skipped case is neither checked nor recorded; invalid ones still go', async () => {
    const { session, mock, close } = await openMockSession({ CONTRACT_MAX_CREATES: '0' });
    try {
      const [requestCase] = positives(session, CREATE, 1);
      if (requestCase === undefined) throw new Error('no case');
      const outcome = await executeCase(session, requestCase);
      expect(outcome.results).toEqual([]);
      expect(outcome.exchange.response).toBeUndefined();
      expect(outcome.notes.map((note) => note.message).join()).toContain(
        'creation budget is spent (CONTRACT_MAX_CREATES=0 keys)',
      );
      expect(mock.requestLog.filter((entry) => entry.method === 'POST')).toEqual([]);
      expect(session.recorder.results(session).cases).toBe(0);
      const { plan } = must(planOperation(session, CREATE));
      const [invalid] = plan.negative === undefined ? [] : fc.sample(plan.negative, { seed: 1, numRuns: 1 });
      if (invalid === undefined) throw new Error('no invalid case');
      expect((await executeCase(session, invalid)).exchange.response?.status).toBe(400);
      expect(session.recorder.results(session).cases).toBe(1);
      expect(budgetNotes(session)).toEqual([
        'budget: 1 creating case(s) skipped after 0 keys (CONTRACT_MAX_CREATES=0)',
      ]);
    } finally {
      await close();
    }
  });

  it('counts keys minted by rotation as well as by creation', async () => {
    const { session, mock, close } = await openMockSession(
      { CONTRACT_MAX_CREATES: '3' },
      { specPath: MOCK_DEFAULTS.familySpecPath },
    );
    try {
      // Keys without an expiry, so that neither has expired by the time it is rotated.
      const creates = positives(session, CREATE, 2).map((create, index) => ({
        ...create,
        body: { kind: 'json' as const, value: { name: `budget-rotate-${index}` } },
      }));
      const created = await runCases(session, creates);
      const ids = created.map((outcome) => {
        const json = outcome.exchange.response?.json;
        return json?.ok === true ? String((json.value as { apiKey?: { id?: unknown } }).apiKey?.id) : '';
      });
      const rotations = positives(session, 'rotateServiceAccountApiKey', 2).map((rotation, index) => ({
        ...rotation,
        pathParams: { ...rotation.pathParams, keyId: ids[index] ?? '' },
      }));
      const rotated = await runCases(session, rotations);
      expect(rotated.map((outcome) => outcome.exchange.response?.status)).toEqual([200, undefined]);
      const [late] = await runCases(session, positives(session, CREATE, 1, 9));
      expect(late?.exchange.response).toBeUndefined();
      expect(mintingAnswers(mock)).toBe(3);
      expect(budgetNotes(session)).toEqual([
        'budget: 2 creating case(s) skipped after 3 keys (CONTRACT_MAX_CREATES=3)',
      ]);
    } finally {
      await close();
    }
  });
});
