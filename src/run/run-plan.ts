import type { CasePlan } from '../generate/case-plan-types.ts';
import { runCases } from './run-cases.ts';
import { runDuplicate } from './run-duplicate.ts';
import { runProperty } from './run-property.ts';
import type { RunSession } from './types.ts';

/** Every phase of an operation's plan, in the suite's order: for the bench and the checker's own tests. */
export async function runPlan(session: RunSession, plan: CasePlan): Promise<void> {
  const { seed, runs } = session.config;
  await runCases(session, plan.coverage);
  await runProperty(session, plan.positive, { seed, numRuns: runs });
  if (plan.negative !== undefined) await runProperty(session, plan.negative, { seed, numRuns: runs });
  await runCases(session, plan.request);
  await runDuplicate(session, plan.positive, seed);
  await runCases(session, plan.auth);
  await runCases(session, plan.resource);
}
