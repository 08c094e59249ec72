import { describe, expect, it } from 'vitest';
import { planOperation } from '../../../src/run/plan-operation.ts';
import { runProperty } from '../../../src/run/run-property.ts';
import { must, openMockSession } from './helpers.ts';

// Only the wiring, through real sockets: CONTRACT_RATE paces the client the run sends with, shrinking included.
// The pacing itself (order, exact spacing at concurrency, no burst) is proven under fake timers in
// test/http/rate-limiter.test.ts and test/http/throttle-client.test.ts; this stays small (about 0.3 s paced).
describe('CONTRACT_RATE: requests per second across the run', () => {
  it('paces generated cases and their shrinking at concurrency 8, seen in the mock request log', async () => {
    const rate = 50;
    const { session, mock, close } = await openMockSession(
      { CONTRACT_RATE: String(rate), CONTRACT_CONCURRENCY: '8' },
      { faults: ['no-max-length'] },
    );
    try {
      const { plan } = must(planOperation(session, 'createServiceAccountApiKey'));
      if (plan.negative === undefined) throw new Error('no negative phase');
      const sent = { seed: 3, numRuns: 8, maxShrunkGroups: 1, maxShrinkRequests: 4 };
      const result = await runProperty(session, plan.negative, sent);
      expect(result.shrunk.length).toBe(1);
      // Only what the run's client sent: the reachability probe and the live document come before it.
      const cases = mock.requestLog.filter((entry) => entry.method === 'POST');
      expect(cases.length).toBeGreaterThan(sent.numRuns);
      // Unpaced, eight at a time, they would all arrive within a few milliseconds. Arrival times wobble around
      // the paced send times (1000 / rate apart): generous slack, still far above the unpaced burst.
      const span = (cases.at(-1)?.at ?? 0) - (cases[0]?.at ?? 0);
      expect(span).toBeGreaterThanOrEqual(((cases.length - 1) * 1000) / rate - 100);
    } finally {
      await close();
    }
  });
});
