import type { CheckResult } from '../check/types.ts';
import type { Exchange } from '../http/types.ts';
import type { CaseNote, Failure, RunSession } from './types.ts';

/**
 * A failed verdict on an exchange as the finding it records (undefined for any other verdict), redacted: what every failure carries, whether a
 * built-in check or an extension's step gave it. `curl` is the exchange's, already redacted by the caller
 * (built once per exchange, and only when something failed).
 */
export function failureOf(
  session: RunSession,
  exchange: Exchange,
  result: CheckResult,
  curl: string,
): Failure | undefined {
  if (result.outcome.status !== 'failed') return undefined;
  const { redactor } = session.memory;
  const requestCase = exchange.case;
  return {
    operationId: requestCase.operationId,
    check: result.check,
    severity: result.severity,
    origin: result.origin,
    message: redactor.redact(result.outcome.message),
    evidence: redactor.redactValue(result.outcome.evidence),
    groupKey: result.outcome.groupKey,
    caseId: requestCase.id,
    caseTitle: redactor.redact(requestCase.title),
    phase: requestCase.phase,
    status: exchange.response?.status,
    curl,
    bodyBytes: exchange.request.bodyBytes,
  };
}

/** The verdicts that noted something acceptable, as the case's notes: `check: message`, with its example. */
export function notesOf(results: readonly CheckResult[]): CaseNote[] {
  return results.flatMap(({ check, outcome }) =>
    outcome.status === 'noted' ? [{ message: `${check}: ${outcome.message}`, example: outcome.example }] : [],
  );
}
