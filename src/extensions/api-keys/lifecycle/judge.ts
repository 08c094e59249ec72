import { bodyExcerpt } from '../../../check/_internals/body-excerpt.ts';
import { failed } from '../../../check/_internals/failed.ts';
import type { CheckContext, CheckOutcome, CheckResult } from '../../../check/types.ts';
import type { Exchange } from '../../../http/types.ts';
import type { RunSession } from '../../../run/types.ts';
import type { LifecycleCheck } from './lifecycle-checks.ts';

/** The check context of an exchange: its operation, the run's options and memory (for redaction). */
function contextOf(session: RunSession, exchange: Exchange): CheckContext | undefined {
  const operation = session.compiled.operation(exchange.case.operationId);
  return operation && { operation, options: session.checkOptions, memory: session.memory };
}

export const pass = (check: LifecycleCheck): CheckResult => ({
  ...identity(check),
  outcome: { status: 'passed' },
});

export const skip = (check: LifecycleCheck, why: string): CheckResult => ({
  ...identity(check),
  outcome: { status: 'skipped', why },
});

/** Judged neither way, and said so in the run's notes: the step could not tell (no secret in `why`). */
export const note = (check: LifecycleCheck, why: string): CheckResult => ({
  ...identity(check),
  outcome: { status: 'noted', message: why },
});

/** What a failed step says: its message, evidence and group key. */
export interface Verdict {
  message: string;
  expected: string;
  actual: string;
  groupKey: string;
}

/** A failed verdict, redacted like every failure (message, evidence with a body excerpt, group key). */
export function fail(
  session: RunSession,
  check: LifecycleCheck,
  exchange: Exchange,
  verdict: Verdict,
): CheckResult {
  const ctx = contextOf(session, exchange);
  const { response } = exchange;
  const excerpt = ctx && response ? bodyExcerpt(ctx, response) : undefined;
  const evidence = { expected: verdict.expected, actual: verdict.actual, status: response?.status, excerpt };
  const outcome: CheckOutcome = ctx
    ? failed(ctx, verdict.message, evidence, verdict.groupKey)
    : { status: 'failed', message: verdict.message, evidence, groupKey: verdict.groupKey };
  return { ...identity(check), outcome };
}

function identity(check: LifecycleCheck): Pick<CheckResult, 'check' | 'severity' | 'origin'> {
  return { check: check.name, severity: check.severity, origin: check.origin };
}
