import type { CompiledOperation } from '../schema/types.ts';
import type { CasePlan, CasePlanOptions } from './case-plan-types.ts';
import { invalidArbitrary } from './invalid-arbitrary.ts';
import { authCases } from './_internals/plan/auth-cases.ts';
import { coverageCases, negativeCases, positiveCases } from './_internals/plan/body-cases.ts';
import { negativeParameters } from './_internals/plan/parameter-variants.ts';
import { planContextOf } from './_internals/plan/plan-context-of.ts';
import { requestCases } from './_internals/plan/request-cases.ts';
import { resourceCases } from './_internals/plan/resource-cases.ts';
import { withoutUnsupported, unsupportedBody } from './_internals/plan/unsupported-body.ts';

/**
 * Every case one operation is tested with: boundary values, generated bodies and parameters (valid, and
 * invalid for one labelled reason), request-level faults, credential faults and unknown ids. Deterministic
 * for a seed; cases carry no secrets (auth is a mode the http layer turns into a header). What cannot be
 * generated correctly is listed in `unsupported` and its phases left out, never guessed.
 */
export function buildCasePlan(operation: CompiledOperation, options: CasePlanOptions): CasePlan {
  const ctx = planContextOf(operation, options);
  const unsupported = [...ctx.params.unsupported, ...unsupportedBody(ctx)];
  const notes = [...ctx.params.notes];
  const invalid = ctx.body
    ? invalidArbitrary(ctx.body.schema, { maxDepth: options.maxDepth })
    : { arbitrary: undefined, mutations: [] };
  const parameters = negativeParameters(ctx.params);
  const coverage = coverageCases(ctx, options.maxDepth);
  const request = requestCases(ctx, options.largeBodyBytes);
  const resource = resourceCases(ctx, options.unknownResourceIds);
  const mutations = [...invalid.mutations, ...parameters.mutations];
  const droppedMutations = mutations
    .filter((m) => !m.kept)
    .map(
      (m) => `negative: ${m.reason.location === 'body' ? '' : `${m.reason.location} `}${m.reason.keyword}`,
    );
  return withoutUnsupported({
    operationId: operation.operation.operationId,
    coverage: coverage.cases,
    positive: positiveCases(ctx, options.maxDepth),
    negative: negativeCases(ctx, invalid, parameters.arbitraries),
    request: request.cases,
    auth: authCases(ctx),
    resource: resource.cases,
    mutations,
    dropped: countOf([...coverage.dropped, ...droppedMutations, ...request.dropped, ...resource.dropped]),
    notes,
    unsupported,
  });
}

function countOf(reasons: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const reason of reasons) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}
