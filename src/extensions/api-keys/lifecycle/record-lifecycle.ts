import { toCurl } from '../../../http/to-curl.ts';
import type { CheckResult } from '../../../check/types.ts';
import type { CaseOutcome, Failure, RunSession } from '../../../run/types.ts';

function toFailure(session: RunSession, outcome: CaseOutcome, result: CheckResult): Failure[] {
  if (result.outcome.status !== 'failed') return [];
  const { exchange } = outcome;
  const requestCase = exchange.case;
  const { redactor } = session.memory;
  return [
    {
      operationId: requestCase.operationId,
      check: result.check,
      severity: result.severity,
      origin: result.origin,
      message: result.outcome.message,
      evidence: result.outcome.evidence,
      groupKey: result.outcome.groupKey,
      caseId: requestCase.id,
      caseTitle: redactor.redact(requestCase.title),
      phase: requestCase.phase,
      status: exchange.response?.status,
      curl: redactor.redact(toCurl(exchange.request)),
      bodyBytes: exchange.request.bodyBytes,
    },
  ];
}

/**
 * Records a life-cycle step: the exchange with its built-in check results (if it went through them) plus the
 * life-cycle verdicts, so its findings group, count and report like any other. Disabled checks are left out.
 */
export function recordLifecycle(
  session: RunSession,
  outcome: CaseOutcome,
  judged: readonly CheckResult[],
): void {
  const enabled = judged.filter((result) => !session.checkOptions.disabled.has(result.check));
  session.recorder.record({
    ...outcome,
    results: [...outcome.results, ...enabled],
    failures: [...outcome.failures, ...enabled.flatMap((result) => toFailure(session, outcome, result))],
    notes: [
      ...outcome.notes,
      ...enabled.flatMap((r) =>
        r.outcome.status === 'noted'
          ? [{ message: `${r.check}: ${r.outcome.message}`, example: r.outcome.example }]
          : [],
      ),
    ],
  });
}
