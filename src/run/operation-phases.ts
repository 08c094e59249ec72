import type fc from 'fast-check';
import type { CasePlan } from '../generate/case-plan-types.ts';
import { skippedPhases } from '../generate/skipped-phases.ts';
import type { RequestCase } from '../generate/types.ts';
import type { CompiledOperation } from '../schema/types.ts';

import { forEachOutcome } from './run-cases.ts';
import { repeatsMatter, runDuplicate } from './run-duplicate.ts';
import { runProperty } from './run-property.ts';
import type { CaseOutcome, RunSession } from './types.ts';

/** One step of an operation's test, in the run's order; `skipped` says why it does not run. */
export interface OperationPhase {
  name: 'coverage' | 'positive' | 'negative' | 'request' | 'duplicate' | 'auth' | 'resource';
  title: string;
  skipped?: string;
  run(): Promise<CaseOutcome[]>;
}

export interface PlannedOperation {
  operation: CompiledOperation;
  plan: CasePlan;
  phases: OperationPhase[];
}

/** Only what stops the run is kept: every outcome is recorded as it comes, so memory does not hold bodies. */
const stopping = (outcome: CaseOutcome): boolean => outcome.toolError !== undefined;

function fixed(session: RunSession, cases: readonly RequestCase[]) {
  return async (): Promise<CaseOutcome[]> => {
    const kept: CaseOutcome[] = [];
    await forEachOutcome(session, cases, (outcome) => void (stopping(outcome) && kept.push(outcome)));
    return kept;
  };
}

/** At most `runs` cases, and no more than the phase has distinct requests (GET /ping is one request). */
function property(
  session: RunSession,
  arbitrary: fc.Arbitrary<RequestCase> | undefined,
  distinct = Infinity,
) {
  const { seed, runs } = session.config;
  const numRuns = Math.min(runs, distinct);
  return async (): Promise<CaseOutcome[]> =>
    arbitrary === undefined
      ? []
      : (await runProperty(session, arbitrary, { seed, numRuns })).outcomes.filter(stopping);
}

/**
 * The phases of one operation, in the one order every front end runs them: boundaries, generated valid and
 * invalid requests, request-level faults, the deliberate repeat, credentials, unknown resources. This is the
 * only place the order is written.
 */
export function operationPhases(
  session: RunSession,
  planned: Omit<PlannedOperation, 'phases'>,
): OperationPhase[] {
  const { plan } = planned;
  const { seed, runs } = session.config;
  const unsupported = skippedPhases(plan);
  const why = (name: Parameters<typeof unsupported.get>[0]) => unsupported.get(name);
  const none = (count: number) => (count === 0 ? 'nothing to send' : undefined);
  const phases: OperationPhase[] = [
    {
      name: 'coverage',
      title: `coverage: ${plan.coverage.length} boundary cases`,
      skipped: why('coverage') ?? none(plan.coverage.length),
      run: fixed(session, plan.coverage),
    },
    {
      name: 'positive',
      title: `positive: ${Math.min(runs, plan.positiveDistinct ?? runs)} generated valid requests`,
      skipped: why('positive'),
      run: property(session, plan.positive, plan.positiveDistinct),
    },
    {
      name: 'negative',
      title: `negative: ${runs} generated requests, each invalid for one reason`,
      skipped:
        why('negative') ?? (plan.negative === undefined ? 'nothing can be made invalid alone' : undefined),
      run: property(session, plan.negative),
    },
    {
      name: 'request',
      title: `request-level: ${plan.request.length} cases`,
      skipped: why('request') ?? none(plan.request.length),
      run: fixed(session, plan.request),
    },
    {
      name: 'duplicate',
      title: 'a repeated unique name: the same valid body twice (a 409 is acceptable)',
      skipped: why('positive') ?? (repeatsMatter(plan.positive, seed) ? undefined : 'no unique field'),
      run: () => runDuplicate(session, plan.positive, seed),
    },
    {
      name: 'auth',
      title: `authentication and authorisation: ${plan.auth.length} cases`,
      skipped: why('auth') ?? none(plan.auth.length),
      run: fixed(session, plan.auth),
    },
    {
      name: 'resource',
      title: `unknown resources: ${plan.resource.length} cases`,
      skipped: why('resource') ?? none(plan.resource.length),
      run: fixed(session, plan.resource),
    },
  ];
  return phases;
}
