import type { RequestCase } from '../generate/types.ts';
import { executeCase } from './execute-case.ts';
import type { CaseOutcome, RunSession } from './types.ts';

/** Sends cases with bounded concurrency over the keep-alive pool; outcomes keep the cases' order. */
export async function runCases(session: RunSession, cases: readonly RequestCase[]): Promise<CaseOutcome[]> {
  const outcomes = new Array<CaseOutcome>(cases.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const index = next++;
      const requestCase = cases[index];
      if (requestCase !== undefined) outcomes[index] = await executeCase(session, requestCase);
    }
  };
  const workers = Math.min(session.config.concurrency, cases.length);
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}
