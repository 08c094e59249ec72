import type { CasePlan } from '../../generate/case-plan-types.ts';
import type { RequestCase } from '../../generate/types.ts';
import type { CompiledOperation } from '../../schema/types.ts';

/** What a deleted resource answers. */
const GONE = [404, 410];

function tolerant(requestCase: RequestCase): RequestCase {
  if (requestCase.expect !== 'accepted' && requestCase.expect !== 'rejected') return requestCase;
  return { ...requestCase, tolerated: [...new Set([...(requestCase.tolerated ?? []), ...GONE])] };
}

/**
 * A DELETE consumes the one resource the run created for it: after the first case that succeeds, the
 * others meet a resource that is gone, so their 404 (410) is tolerated, as with a stand-in value.
 */
export function consumedResource(operation: CompiledOperation, plan: CasePlan): CasePlan {
  if (operation.operation.method !== 'delete') return plan;
  return {
    ...plan,
    coverage: plan.coverage.map(tolerant),
    positive: plan.positive.map(tolerant),
    negative: plan.negative?.map(tolerant),
    request: plan.request.map(tolerant),
    notes: [
      ...plan.notes,
      'a DELETE consumes its created resource: a 404 or 410 is tolerated after the first',
    ],
  };
}
