import type { CasePlan } from './case-plan-types.ts';
import type { CasePhase } from './types.ts';

/**
 * The phases of a plan that must not be run, each with the reason (`operation: keyword at pointer: why`):
 * their cases would not be what they claim. Callers skip them and say why.
 */
export function skippedPhases(plan: CasePlan): Map<CasePhase, string> {
  const skipped = new Map<CasePhase, string>();
  for (const feature of plan.unsupported) {
    const why = `unsupported ${feature.keyword} at ${feature.pointer}: ${feature.reason}`;
    for (const phase of feature.phases) if (!skipped.has(phase)) skipped.set(phase, why);
  }
  return skipped;
}
