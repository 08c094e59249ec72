import type { CasePlan } from '../../src/generate/case-plan-types.ts';
import { operationPhases } from '../../src/run/operation-phases.ts';
import type { RunSession } from '../../src/run/types.ts';

/** Every phase of one operation's plan, in the engine's order (src/run/operation-phases.ts): for tests. */
export async function runPlan(session: RunSession, plan: CasePlan): Promise<void> {
  const operation = session.compiled.operation(plan.operationId);
  if (operation === undefined) throw new Error(`${plan.operationId} is not in the document`);
  for (const phase of operationPhases(session, { operation, plan }))
    if (phase.skipped === undefined) await phase.run();
}
