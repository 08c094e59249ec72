import type { HttpClient } from '../../http/types.ts';
import { throttleClient } from '../../http/throttle-client.ts';
import type { TransportVerdict } from '../../http/transport-watch.ts';
import { watchTransport } from '../../http/watch-transport.ts';
import type { CompiledSpec } from '../../schema/types.ts';
import type { RunConfig } from '../run-config.ts';
import type { RunRecorder } from '../types.ts';
import { checkReachable } from '../check-reachable.ts';
import { budgetNotes } from './budget-notes.ts';
import { createCreationBudget, type CreationBudget } from './creation-budget.ts';
import { limitCreations } from './limit-creations.ts';
import { creatingOperations } from './creating-operations.ts';
import { createThrottleTally } from './throttle-tally.ts';

/** The run's limits on what it sends: the creation budget, the rate and the handling of 429. */
export interface RunSafety {
  /** Undefined when unlimited (CONTRACT_MAX_CREATES=unlimited). */
  budget?: CreationBudget;
  /** The client paced to CONTRACT_RATE, retrying 429s, and held to the creation budget. */
  guard(client: HttpClient): HttpClient;
  /** The recorder, whose results also note skipped cases and 429s. */
  noted(recorder: RunRecorder): RunRecorder;
}

/**
 * The run's limits. `onTargetFailing` hears, once, that the target keeps failing at the transport level or
 * answers 429 to everything (after the client's own `Retry-After` waits): the run must stop, exit 2.
 */
export function createRunSafety(
  config: RunConfig,
  spec: CompiledSpec,
  baseUrl: string,
  onTargetFailing: (verdict: TransportVerdict) => void = () => undefined,
): RunSafety {
  // One engine sends every request of the run: its budget is the whole run's.
  const budget = config.maxCreates === undefined ? undefined : createCreationBudget(config.maxCreates, 0);
  const tally = createThrottleTally(config.timeoutMs);
  const creating = creatingOperations(spec, config.secretFields);
  const unit = [...creating.values()].every((creation) => creation === 'keys') ? 'keys' : 'creations';
  return {
    budget,
    guard(client) {
      const throttled = throttleClient(client, {
        rate: config.rate,
        maxWaitMs: config.timeoutMs,
        onThrottle: tally.onThrottle,
      });
      // Inside the creation budget: a held-back case is no transport failure.
      // Before a streak of failures stops the run: does the target still answer at all?
      const probe = async () => (await checkReachable(baseUrl, config.timeoutMs)).ok;
      const paced = watchTransport(throttled, onTargetFailing, { probe });
      if (budget === undefined) return paced;
      return limitCreations(paced, { budget, creating, unit, secretFields: config.secretFields, baseUrl });
    },
    noted: (recorder) => ({
      ...recorder,
      results(session) {
        const results = recorder.results(session);
        const extra = [...(budget ? budgetNotes(budget.summary(), unit) : []), ...tally.notes()];
        return extra.length === 0 ? results : { ...results, notes: [...results.notes, ...extra] };
      },
    }),
  };
}
