import { ContractError } from '../core/errors.ts';
import { runChecks } from '../check/run-checks.ts';
import type { CheckResult } from '../check/types.ts';
import type { RequestCase } from '../generate/types.ts';
import { toCurl } from '../http/to-curl.ts';
import type { Exchange } from '../http/types.ts';
import { applyUniqueTags } from './apply-unique-tags.ts';
import type { CaseOutcome, Failure, RunSession } from './types.ts';

function toFailures(session: RunSession, exchange: Exchange, results: CheckResult[]): Failure[] {
  const { redactor } = session.memory;
  const curl = redactor.redact(toCurl(exchange.request));
  const requestCase = exchange.case;
  const failures: Failure[] = [];
  for (const result of results) {
    if (result.outcome.status !== 'failed') continue;
    failures.push({
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
      reason: requestCase.reason,
      status: exchange.response?.status,
      curl,
      bodyBytes: exchange.request.bodyBytes,
    });
  }
  return failures;
}

function notesOf(results: CheckResult[]): string[] {
  return results.flatMap((result) =>
    result.outcome.status === 'noted' ? [`${result.check}: ${result.outcome.message}`] : [],
  );
}

/** A refused connection is the environment's fault, not the API's: it is a tool error (exit 2). */
function toolErrorOf(exchange: Exchange, baseUrl: string): ContractError | undefined {
  if (exchange.error?.code !== 'connect') return undefined;
  return new ContractError(
    'OAC_ERR_TARGET_UNREACHABLE',
    `target ${baseUrl} stopped answering: ${exchange.error.message}`,
  );
}

/** Sends one case, runs every enabled check on the exchange, and records the outcome unless told not to. */
export async function executeCase(
  session: RunSession,
  requestCase: RequestCase,
  options: { record?: boolean } = {},
): Promise<CaseOutcome> {
  const tagged = applyUniqueTags(requestCase, session.nextUnique);
  const exchange = await session.client.send(tagged);
  const operation = session.compiled.operation(tagged.operationId);
  if (operation === undefined) throw new ContractError('OAC_ERR_OPERATION_NOT_FOUND', tagged.operationId);
  const toolError = toolErrorOf(exchange, session.baseUrl);
  const results = toolError
    ? []
    : runChecks(
        session.checks,
        { operation, options: session.checkOptions, memory: session.memory },
        exchange,
      );
  const outcome: CaseOutcome = {
    case: tagged,
    exchange,
    results,
    failures: toFailures(session, exchange, results),
    notes: notesOf(results),
    toolError,
  };
  if (options.record !== false) session.recorder.record(outcome);
  return outcome;
}
