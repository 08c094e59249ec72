import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import type { Exchange } from '../../src/http/types.ts';
import { executeCase } from '../../src/run/execute-case.ts';
import { planOperation } from '../../src/run/plan-operation.ts';
import { openMockSession } from './safety/helpers.ts';

describe('executeCase', () => {
  it('sends a valid case once more with a fresh name when its name collided (409) with an earlier run', async () => {
    const { session, close } = await openMockSession({});
    try {
      const sent: RequestCase[] = [];
      const real = session.client;
      session.client = {
        async send(requestCase): Promise<Exchange> {
          sent.push(requestCase);
          const exchange = await real.send(requestCase);
          // The first answer says the name exists already, as a long-lived server would.
          if (sent.length === 1 && exchange.response)
            return { ...exchange, response: { ...exchange.response, status: 409 } };
          return exchange;
        },
        close: () => real.close(),
      };
      const { plan } = unwrap(planOperation(session, 'createServiceAccountApiKey'));
      const valid = plan.coverage.find((c) => c.expect === 'accepted' && c.uniqueFields.length > 0);
      if (valid === undefined) throw new Error('no valid case with a unique name');
      const outcome = await executeCase(session, valid);
      expect(sent).toHaveLength(2);
      expect(sent[1]?.body).not.toEqual(sent[0]?.body);
      expect(outcome.exchange.response?.status).toBe(201);
      expect(outcome.failures).toEqual([]);
    } finally {
      await close();
    }
  });
});
