import fc from 'fast-check';
import type { CompiledOperation } from '../../../schema/types.ts';
import type { CasePlan } from '../../case-plan-types.ts';
import type { CasePhase } from '../../types.ts';
import { PlanningBudgetSpent } from '../planning-budget.ts';

const EVERY_PHASE: readonly CasePhase[] = ['coverage', 'positive', 'negative', 'request', 'auth', 'resource'];

/** One line on why the plan could not be built: the budget, or what went wrong (never a stack trace). */
function reasonOf(error: unknown): { keyword: string; reason: string } {
  if (error instanceof PlanningBudgetSpent)
    return {
      keyword: 'planningBudget',
      reason: `${error.message}: the operation's schemas are too large or too hard to plan in time`,
    };
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0] ?? message;
  return { keyword: 'plan', reason: `the operation could not be planned: ${first}` };
}

/**
 * The plan of an operation that could not be planned: every phase empty and named in `unsupported` (so
 * `skippedPhases` skips them all, with the reason), while the document's other operations are planned.
 */
export function skippedPlan(operation: CompiledOperation, error: unknown): CasePlan {
  const { operationId, pointer } = operation.operation;
  const { keyword, reason } = reasonOf(error);
  const never = fc.constant(undefined).map((): never => {
    throw new Error(`${operationId} was not planned: ${reason}`);
  });
  return {
    operationId,
    coverage: [],
    positive: never,
    negative: undefined,
    request: [],
    auth: [],
    resource: [],
    mutations: [],
    dropped: {},
    notes: [],
    unsatisfied: [],
    unsupported: [{ operationId, keyword, pointer, reason, phases: [...EVERY_PHASE] }],
  };
}
