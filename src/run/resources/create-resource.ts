import fc from 'fast-check';
import { err, ok, type Result } from '../../core/result.ts';
import type { RequestCase } from '../../generate/types.ts';
import { exactJson } from '../../http/exact-json.ts';
import type { Exchange } from '../../http/types.ts';
import { executeCase } from '../execute-case.ts';
import { planOperation } from '../plan-operation.ts';
import type { RunSession } from '../types.ts';
import type { Producer } from './link-producer.ts';

/** A valid request or two: the second when the first one's unique value is taken (409). */
const ATTEMPTS = 2;

function validRequests(session: RunSession, producer: Producer): RequestCase[] {
  const planned = planOperation(session, producer.producer.operation.operationId);
  if (!planned.ok) return [];
  try {
    return fc.sample(planned.value.plan.positive, { seed: session.config.seed, numRuns: ATTEMPTS });
  } catch {
    // A producer whose valid requests cannot be generated creates nothing.
    return [];
  }
}

/**
 * A created resource: the 2xx answer's JSON body (see exactJson: integers past 2^53 as BigInt), and the
 * exchange that created it (a replay re-sends it).
 */
export interface Created {
  body: unknown;
  exchange: Exchange;
}

/**
 * Sends a valid request of the producer through the run's client (creation budget, key tracking and
 * clean-up apply, its checks run and it is recorded like any case) and returns its 2xx answer.
 */
export async function createResource(
  session: RunSession,
  producer: Producer,
  purpose: string,
): Promise<Result<Created>> {
  const { operationId, method, path } = producer.producer.operation;
  let last = 'no valid request could be generated';
  for (const [n, sample] of validRequests(session, producer).entries()) {
    const requestCase = { ...sample, id: `${operationId}/resource-setup/${n}`, title: `create ${purpose}` };
    const outcome = await executeCase(session, requestCase);
    const { response } = outcome.exchange;
    // Ids are taken from it for later requests: integers past 2^53 keep their exact digits.
    if (response !== undefined && response.status >= 200 && response.status < 300 && response.json?.ok)
      return ok({ body: exactJson(response), exchange: outcome.exchange });
    last = response === undefined ? 'no answer' : `answered ${response.status}`;
    if (response?.status !== 409) break;
  }
  return err('OAC_ERR_PLAN', `${method.toUpperCase()} ${path} (${operationId}) ${last}`);
}
