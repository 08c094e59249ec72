import fc from 'fast-check';
import type { CasePlan } from '../generate/case-plan-types.ts';
import { skippedPhases } from '../generate/skipped-phases.ts';
import type { CasePhase, RequestCase } from '../generate/types.ts';

export interface PlannedCases {
  /** In the order a run sends them: coverage, positive, negative, request-level, auth, resource. */
  cases: RequestCase[];
  /** Phases left out, with why (unsupported features of the document). */
  skipped: Map<CasePhase, string>;
}

/**
 * The cases a run sends for a plan, drawn as the run draws them: the property phases sample `runs` cases
 * from `seed` (`fc.sample` gives what `fc.check` runs first), so the same seed lists the same cases. Unique
 * run tags, added just before sending, are not in them; nor is the deliberate duplicate of the key suite.
 */
export function plannedCases(plan: CasePlan, options: { seed: number; runs: number }): PlannedCases {
  const skipped = skippedPhases(plan);
  const sample = (phase: CasePhase, arbitrary: fc.Arbitrary<RequestCase> | undefined): RequestCase[] =>
    arbitrary === undefined || skipped.has(phase)
      ? []
      : fc.sample(arbitrary, { seed: options.seed, numRuns: options.runs });
  const cases = [
    ...plan.coverage,
    ...sample('positive', plan.positive),
    ...sample('negative', plan.negative),
    ...plan.request,
    ...plan.auth,
    ...plan.resource,
  ];
  return { cases, skipped };
}
