import type { CompiledOperation } from '../schema/types.ts';
import type { CasePlan, CasePlanOptions } from './case-plan-types.ts';
import { authCases } from './_internals/plan/auth-cases.ts';
import { coverageCases, distinctPositive, positiveCases } from './_internals/plan/body-cases.ts';
import { negativeCases } from './_internals/plan/negative-cases.ts';
import { planContextOf } from './_internals/plan/plan-context-of.ts';
import { securityNotes } from './_internals/plan/security-notes.ts';
import { requestCases } from './_internals/plan/request-cases.ts';
import { resourceCases } from './_internals/plan/resource-cases.ts';
import { skippedPlan } from './_internals/plan/skipped-plan.ts';
import { unsupportedBody, withoutUnsupported } from './_internals/plan/unsupported-body.ts';
import { withPlanningBudget } from './_internals/planning-budget.ts';

/** What one operation may take to plan before it is skipped (with the reason) and the next one planned. */
export const DEFAULT_PLANNING_BUDGET_MS = 5_000;

function countOf(reasons: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const reason of reasons) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

/**
 * Every case one operation is tested with: boundary values, generated bodies and parameters (valid, and
 * invalid for one labelled reason), request-level faults, credential faults and unknown ids. Deterministic
 * for a seed; cases carry no secrets (auth is a mode the http layer turns into a header). What cannot be
 * generated correctly is listed in `unsupported` and its phases left out, never guessed. Mutations are
 * checked when first drawn: `mutations` and `dropped` check them all when first read. An operation that
 * cannot be planned (its planning budget spent, a schema nothing can be built for) gets a plan whose every
 * phase is skipped with the reason in `unsupported`: the other operations of the document are still planned.
 */
export function buildCasePlan(operation: CompiledOperation, options: CasePlanOptions): CasePlan {
  try {
    return withPlanningBudget(options.planningBudgetMs ?? DEFAULT_PLANNING_BUDGET_MS, () =>
      planOperation(operation, options),
    );
  } catch (error) {
    return skippedPlan(operation, error);
  }
}

function planOperation(operation: CompiledOperation, options: CasePlanOptions): CasePlan {
  const ctx = planContextOf(operation, options);
  const unsupported = [...ctx.params.unsupported, ...unsupportedBody(ctx)];
  const notes = [...ctx.params.notes, ...securityNotes(ctx.security)];
  const negative = negativeCases(ctx, options.maxDepth);
  const coverage = coverageCases(ctx, options.maxDepth);
  const request = requestCases(ctx, options.largeBodyBytes);
  const resource = resourceCases(ctx, options.unknownResourceIds);
  const dropped = (): Record<string, number> => {
    const mutations = negative
      .reports()
      .filter((m) => !m.kept)
      .map(
        (m) => `negative: ${m.reason.location === 'body' ? '' : `${m.reason.location} `}${m.reason.keyword}`,
      );
    return countOf([...coverage.dropped, ...mutations, ...request.dropped, ...resource.dropped]);
  };
  return withoutUnsupported(
    {
      operationId: operation.operation.operationId,
      coverage: coverage.cases,
      positive: positiveCases(ctx, options.maxDepth),
      ...distinctPositive(ctx),
      negative: negative.arbitrary,
      request: request.cases,
      auth: authCases(ctx),
      resource: resource.cases,
      unsatisfied: ctx.security.unsatisfied,
      notes,
      unsupported,
    },
    { mutations: negative.reports, dropped },
  );
}
