import type { CheckResult } from '../check/types.ts';
import { toCurl } from '../http/to-curl.ts';
import type { CaseOutcome, Failure, RunSession } from './types.ts';

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
 * Records a step of an extension's phase: the exchange with its built-in check results (if it went through
 * them) plus the extension's own verdicts (its `namedChecks`), so its findings group, count and report like
 * any other. Verdicts of disabled checks are left out. The verdicts' messages and evidence must already be
 * redacted (the case title and curl command are redacted here).
 */
export function recordExtensionVerdicts(
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
