import type { RequestCase } from '../generate/types.ts';
import { executeCase } from './execute-case.ts';
import type { CaseOutcome, RunSession } from './types.ts';

/**
 * Sends cases with bounded concurrency over the keep-alive pool, handing each outcome over as it comes
 * (with its index), so a caller keeps only what it needs and memory does not grow with the number of cases.
 */
export async function forEachOutcome(
  session: RunSession,
  cases: readonly RequestCase[],
  onOutcome: (outcome: CaseOutcome, index: number) => void,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    // A tool error (target gone, a broken check) stops the run: the rest of the phase is not sent.
    while (next < cases.length && !session.recorder.hasToolErrors()) {
      const index = next++;
      const requestCase = cases[index];
      if (requestCase !== undefined) onOutcome(await executeCase(session, requestCase), index);
    }
  };
  const workers = Math.min(session.config.concurrency, cases.length);
  await Promise.all(Array.from({ length: workers }, worker));
}

/** Sends cases with bounded concurrency; outcomes keep the cases' order. */
export async function runCases(session: RunSession, cases: readonly RequestCase[]): Promise<CaseOutcome[]> {
  const outcomes = new Array<CaseOutcome>(cases.length);
  await forEachOutcome(session, cases, (outcome, index) => (outcomes[index] = outcome));
  return outcomes;
}
