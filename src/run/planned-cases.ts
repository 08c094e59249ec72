import fc from 'fast-check';
import type { CasePlan } from '../generate/case-plan-types.ts';
import { skippedPhases } from '../generate/skipped-phases.ts';
import type { CasePhase, RequestCase } from '../generate/types.ts';
import { duplicatePair, duplicateSample, repeatsMatter } from './run-duplicate.ts';

export interface PlannedCases {
  /** In the order a run sends them: coverage, positive, negative, request-level, repeat, auth, resource. */
  cases: RequestCase[];
  /** Phases left out, with why (unsupported features of the document). */
  skipped: Map<CasePhase, string>;
}

/**
 * The cases a run sends for a plan, drawn as the run draws them: the property phases sample `runs` cases
 * from `seed` (`fc.sample` gives what `fc.check` runs first), so the same seed lists the same cases. Unique
 * run tags, added just before sending, are not in them. The order is the run's (src/run/operation-phases.ts).
 */
export function plannedCases(plan: CasePlan, options: { seed: number; runs: number }): PlannedCases {
  const skipped = skippedPhases(plan);
  const sample = (
    phase: CasePhase,
    arbitrary: fc.Arbitrary<RequestCase> | undefined,
    distinct = Infinity,
  ): RequestCase[] =>
    arbitrary === undefined || skipped.has(phase)
      ? []
      : fc.sample(arbitrary, { seed: options.seed, numRuns: Math.min(options.runs, distinct) });
  const repeat =
    skipped.has('positive') || !repeatsMatter(plan.positive, options.seed)
      ? undefined
      : duplicateSample(plan.positive, options.seed);
  const cases = [
    ...plan.coverage,
    ...sample('positive', plan.positive, plan.positiveDistinct),
    ...sample('negative', plan.negative),
    ...plan.request,
    ...(repeat === undefined ? [] : duplicatePair(repeat)),
    ...plan.auth,
    ...plan.resource,
  ];
  return { cases, skipped };
}
