import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { planOperation } from '../../src/run/plan-operation.ts';
import { runProperty } from '../../src/run/run-property.ts';
import { findRunTag } from '../../src/run/run-marker/run-tag.ts';
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

describe('runProperty shrinking keeps the run marker on a long-lived target', () => {
  /** Cases with an extra property (the mock accepts them: always a failure) and a name of 1..60 `a`s. */
  async function shrinkExtraProperty(disposable: boolean) {
    const opened = await openMockSession({}, { faults: ['extra-properties-accepted'] });
    const { session } = opened;
    session.config.disposableTarget = disposable;
    const names: string[] = [];
    const real = session.client;
    session.client = {
      send: (requestCase) => {
        const body = requestCase.body.kind === 'json' ? (requestCase.body.value as { name?: string }) : {};
        if (typeof body.name === 'string') names.push(body.name);
        return real.send(requestCase);
      },
      close: () => real.close(),
    };
    const { plan } = unwrap(planOperation(session, 'createServiceAccountApiKey'));
    const base = plan.coverage.find((c) => c.reason?.keyword === 'additionalProperties');
    if (base === undefined || base.body.kind !== 'json') throw new Error('no extra-property case');
    const value = base.body.value as Record<string, unknown>;
    const lengths = fc.integer({ min: 1, max: 60 });
    // The first seed whose first case has a long name: shrinking starts with room for the marker.
    const seed = [...Array(100).keys()].find(
      (s) => (fc.sample(lengths, { seed: s, numRuns: 1 })[0] ?? 0) >= 40,
    );
    const arbitrary = lengths.map((n) => ({
      ...base,
      body: { kind: 'json' as const, value: { ...value, name: 'a'.repeat(n) } },
    }));
    const { shrunk } = await runProperty(session, arbitrary, { seed: seed ?? 0, numRuns: 1 });
    await opened.close();
    return { shrunk, names, runId: session.config.runId };
  }

  it('never sends a shrink step whose name lost the marker, when the failure is not about the name', async () => {
    const { shrunk, names, runId } = await shrinkExtraProperty(false);
    expect(shrunk).toHaveLength(1);
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) expect(findRunTag(name)?.runId, name).toBe(runId);
    // It did shrink, down to the shortest name that still holds the marker and a unique number.
    expect(Math.min(...names.map((name) => name.length))).toBeLessThan(names[0]?.length ?? 0);
  });

  it('shrinks the name below the marker on a disposable target (the bundled mock)', async () => {
    const { shrunk, names } = await shrinkExtraProperty(true);
    expect(shrunk).toHaveLength(1);
    expect(Math.min(...names.map((name) => name.length))).toBeLessThan(20);
  });
});
