import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { planOperation } from '../../src/run/plan-operation.ts';
import { runProperty } from '../../src/run/run-property.ts';
import { createShrinkBudget } from '../../src/run/shrink-budget.ts';
import { openMockSession, type MockSession } from './safety/helpers.ts';

const RUNS = 40;

/** The negative phase against a mock that accepts over-long names, its notes and the requests it sent. */
async function negativePhase(opened: MockSession) {
  const { session, mock } = opened;
  const notes: string[] = [];
  const note = session.recorder.note.bind(session.recorder);
  session.recorder.note = (message) => {
    notes.push(message);
    note(message);
  };
  const { plan } = unwrap(planOperation(session, 'createServiceAccountApiKey'));
  const before = mock.requestLog.length;
  if (plan.negative === undefined) throw new Error('no negative arbitrary');
  const result = await runProperty(session, plan.negative, { seed: 7, numRuns: RUNS });
  return { ...result, notes, requests: mock.requestLog.length - before };
}

describe('runProperty shrinking within the run budget', () => {
  it('shrinks every problem to a smaller case when time is left, and says nothing', async () => {
    const opened = await openMockSession({}, { faults: ['no-max-length'] });
    try {
      const { shrunk, notes, requests } = await negativePhase(opened);
      const long = shrunk.find((failure) => failure.message.includes('maxLength'));
      expect(long?.shrunk).toBe(true);
      expect(long?.replay?.path).toMatch(/^\d+(:\d+)+$/);
      expect(requests).toBeGreaterThan(RUNS);
      expect(notes).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('sends no shrink request and notes nothing when shrinking is off (0 s)', async () => {
    const opened = await openMockSession({ CONTRACT_SHRINK_SECONDS: '0' }, { faults: ['no-max-length'] });
    try {
      const { shrunk, notes, requests } = await negativePhase(opened);
      expect(shrunk).toEqual([]);
      expect(requests).toBe(RUNS);
      expect(notes).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('stops mid-shrink when the time is spent, keeps the smallest so far and says so', async () => {
    const opened = await openMockSession({}, { faults: ['no-max-length'] });
    try {
      // A clock that moves 1 s each time it is read: the 3 s budget runs out within the first shrink.
      let clock = 0;
      opened.session.shrinkBudget = createShrinkBudget(3000, () => (clock += 1000));
      const { shrunk, notes, requests } = await negativePhase(opened);
      expect(requests).toBeLessThan(RUNS + 5);
      expect(shrunk.length).toBeLessThanOrEqual(1);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(
        /^shrinking: the run's 3 s \(CONTRACT_SHRINK_SECONDS\) are spent; \d+ problem\(s\) of this phase are shown as first found or partly shrunk$/,
      );
    } finally {
      await opened.close();
    }
  });
});

describe('createShrinkBudget', () => {
  it('counts only the time some shrink is under way, overlapping shrinks once', () => {
    let now = 0;
    const budget = createShrinkBudget(100, () => now);
    const first = budget.begin();
    now = 40;
    const second = budget.begin();
    now = 60;
    first();
    first();
    now = 90;
    second();
    now = 500; // idle time is not shrinking time
    expect(budget.left()).toBe(true);
    const third = budget.begin();
    now = 509;
    expect(budget.left()).toBe(true);
    now = 510;
    expect(budget.left()).toBe(false);
    third();
    expect(budget.left()).toBe(false);
  });
});
