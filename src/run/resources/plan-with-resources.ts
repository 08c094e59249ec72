import type { Result } from '../../core/result.ts';
import { ok } from '../../core/result.ts';
import type { CasePlan } from '../../generate/case-plan-types.ts';
import type { CompiledOperation } from '../../schema/types.ts';
import { planOperation } from '../plan-operation.ts';
import type { RunSession } from '../types.ts';
import { consumedResource } from './consumed-resource.ts';
import { provideResources } from './provide-resources.ts';
import { withPathParams } from './with-path-params.ts';

/**
 * The operation's plan against resources the run created for it: each path parameter with no known value
 * takes the id of one (see provideResources); those left without are said in the plan's notes and the run's.
 */
export async function planWithResources(
  session: RunSession,
  operation: CompiledOperation,
): Promise<Result<{ operation: CompiledOperation; plan: CasePlan }>> {
  const provided = await provideResources(session, operation);
  const planned = planOperation(withPathParams(session, provided.values), operation.operation.operationId);
  if (!planned.ok) return planned;
  for (const note of provided.notes) session.recorder.note(note);
  const noted = { ...planned.value.plan, notes: [...planned.value.plan.notes, ...provided.notes] };
  const created = Object.keys(provided.values).length > 0;
  return ok({ ...planned.value, plan: created ? consumedResource(operation, noted) : noted });
}
