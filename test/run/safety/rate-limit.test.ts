import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../../src/mock/types.ts';
import { planOperation } from '../../../src/run/plan-operation.ts';
import { runProperty } from '../../../src/run/run-property.ts';
import { must, openMockSession } from './helpers.ts';

/** The most answers the log shows within any one second. */
function busiestSecond(log: readonly RequestLogEntry[]): number {
  const times = log.map((entry) => entry.at).sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe('CONTRACT_RATE: requests per second across the run', () => {
  it('holds at concurrency 8 over generated cases and their shrinking, measured in the mock request log', async () => {
    const rate = 20;
    const { session, mock, close } = await openMockSession(
      { CONTRACT_RATE: String(rate), CONTRACT_CONCURRENCY: '8' },
      { faults: ['no-max-length'] },
    );
    try {
      const { plan } = must(planOperation(session, 'createServiceAccountApiKey'));
      if (plan.negative === undefined) throw new Error('no negative phase');
      const sent = { seed: 3, numRuns: 24, maxShrunkGroups: 1, maxShrinkRequests: 12 };
      const result = await runProperty(session, plan.negative, sent);
      expect(result.shrunk.length).toBe(1);
      // Only what the run's client sent: the reachability probe and the live document come before it.
      const cases = mock.requestLog.filter((entry) => entry.method === 'POST');
      expect(cases.length).toBeGreaterThan(sent.numRuns);
      // Answer times wobble around the paced send times: generous slack, far below the unpaced burst.
      expect(busiestSecond(cases)).toBeLessThanOrEqual(rate + 4);
      const first = cases[0]?.at ?? 0;
      const last = cases.at(-1)?.at ?? 0;
      expect(last - first).toBeGreaterThanOrEqual(((cases.length - 1) * 1000) / rate - 200);
    } finally {
      await close();
    }
  });
});
