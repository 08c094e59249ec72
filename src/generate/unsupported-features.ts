import type { CompiledOperation } from '../schema/types.ts';
import type { CasePlanOptions, UnsupportedFeature } from './case-plan-types.ts';
import { planContextOf } from './_internals/plan/plan-context-of.ts';
import { unsupportedBody } from './_internals/plan/unsupported-body.ts';

/**
 * What `buildCasePlan` would report unsupported for an operation, without building its cases (no mutation
 * trials, no boundary values): fast enough to survey every operation of a large document.
 */
export function unsupportedFeatures(
  operation: CompiledOperation,
  options: CasePlanOptions,
): UnsupportedFeature[] {
  const ctx = planContextOf(operation, options);
  return [...ctx.params.unsupported, ...unsupportedBody(ctx)];
}
