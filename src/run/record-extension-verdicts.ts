import type { CheckResult } from '../check/types.ts';
import { toCurl } from '../http/to-curl.ts';
import type { CaseOutcome, RunSession } from './types.ts';
import { failureOf, notesOf } from './verdict-records.ts';

/**
 * Records a step of an extension's phase: the exchange with its built-in check results (if it went through
 * them) plus the extension's own verdicts (its `namedChecks`), so its findings group, count and report like
 * any other. Verdicts of disabled checks are left out. Such a step depends on the phase's earlier steps, so
 * its failures carry no replay steps (a replay of it alone would prove nothing).
 */
export function recordExtensionVerdicts(
  session: RunSession,
  outcome: CaseOutcome,
  judged: readonly CheckResult[],
): void {
  const enabled = judged.filter((result) => !session.checkOptions.disabled.has(result.check));
  const { exchange } = outcome;
  // Built only when a verdict failed: most steps pass.
  const failing = enabled.some((result) => result.outcome.status === 'failed');
  const curl = failing ? session.memory.redactor.redact(toCurl(exchange.request)) : '';
  session.recorder.record({
    ...outcome,
    results: [...outcome.results, ...enabled],
    failures: [
      ...outcome.failures,
      ...enabled.flatMap((result) => failureOf(session, exchange, result, curl) ?? []),
    ],
    notes: [...outcome.notes, ...notesOf(enabled)],
  });
}
