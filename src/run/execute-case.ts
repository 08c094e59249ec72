import { ContractError } from '../core/errors.ts';
import { runChecks } from '../check/run-checks.ts';
import type { CheckResult } from '../check/types.ts';
import type { RequestCase } from '../generate/types.ts';
import { toCurl } from '../http/to-curl.ts';
import type { Exchange } from '../http/types.ts';
import { applyUniqueTags } from './apply-unique-tags.ts';
import { mintCount, noteMinter, prerequisitesOf } from './minter-steps.ts';
import { recordStep, shownHeaders, type RecordedStep, type ReproducibleFailure } from './recorded-step.ts';
import { skippedWhy } from './safety/skipped-exchange.ts';
import type { CaseOutcome, Failure, RunSession } from './types.ts';
import { failureOf, notesOf } from './verdict-records.ts';

/** What a replay file needs: the steps this exchange depends on, then the exchange itself. */
function stepsFor(session: RunSession, exchange: Exchange): RecordedStep[] {
  return [...prerequisitesOf(session.memory, exchange), recordStep(exchange, session.baseUrl)];
}

/** What the failures of one exchange share; built only when a check failed (the hot path never needs it). */
function sharedBy(session: RunSession, exchange: Exchange) {
  return {
    curl: session.memory.redactor.redact(toCurl(exchange.request)),
    steps: stepsFor(session, exchange),
    responseHeaders: shownHeaders(exchange),
  };
}

/** The failures of one exchange, each reproducible: its replay steps and the answer's headers with it. */
function toFailures(session: RunSession, exchange: Exchange, results: CheckResult[]): Failure[] {
  const failures: ReproducibleFailure[] = [];
  let shared: ReturnType<typeof sharedBy> | undefined;
  for (const result of results) {
    if (result.outcome.status !== 'failed') continue;
    shared ??= sharedBy(session, exchange);
    const failure = failureOf(session, exchange, result, shared.curl);
    if (failure !== undefined) failures.push({ ...failure, reason: exchange.case.reason, ...shared });
  }
  return failures;
}

/** Failures that may be withdrawn at the end of the run (see `unlessMinted`) are kept apart. */
function splitDeferred(results: CheckResult[], all: Failure[]): Pick<CaseOutcome, 'failures' | 'deferred'> {
  const pending = new Map<string, readonly string[]>();
  for (const { check, outcome } of results)
    if (outcome.status === 'failed' && outcome.unlessMinted !== undefined)
      pending.set(check, outcome.unlessMinted);
  if (pending.size === 0) return { failures: all };
  return {
    failures: all.filter((failure) => !pending.has(failure.check)),
    deferred: all.flatMap((failure) => {
      const unlessMinted = pending.get(failure.check);
      return unlessMinted === undefined ? [] : [{ failure, unlessMinted }];
    }),
  };
}

/** A refused connection is the environment's fault, not the API's: it is a tool error (exit 2). */
function toolErrorOf(exchange: Exchange, baseUrl: string): ContractError | undefined {
  if (exchange.error?.code !== 'connect') return undefined;
  return new ContractError(
    'OAC_ERR_TARGET_UNREACHABLE',
    `target ${baseUrl} stopped answering: ${exchange.error.message}`,
  );
}

/**
 * Sends the case with fresh unique tags. A valid case whose short name collided with one an earlier run
 * left on a long-lived server (409) is sent once more with another fresh name: a conflict must not hide
 * whether the server accepts the valid body.
 */
async function sendTagged(
  session: RunSession,
  requestCase: RequestCase,
): Promise<{ case: RequestCase; exchange: Exchange }> {
  const tag = (): RequestCase => applyUniqueTags(requestCase, session.nextUnique, session.config.runId);
  const first = tag();
  const exchange = await session.client.send(first);
  const collided =
    exchange.response?.status === 409 &&
    requestCase.expect === 'accepted' &&
    requestCase.uniqueFields.length > 0;
  if (!collided) return { case: first, exchange };
  const again = tag();
  return { case: again, exchange: await session.client.send(again) };
}

/** Sends one case, runs every enabled check on the exchange, and records the outcome unless told not to. */
export async function executeCase(
  session: RunSession,
  requestCase: RequestCase,
  options: { record?: boolean } = {},
): Promise<CaseOutcome> {
  const { case: tagged, exchange } = await sendTagged(session, requestCase);
  // Held back (the creation budget is spent): nothing to check or record; the run's notes count it.
  const skipped = skippedWhy(exchange);
  if (skipped !== undefined)
    return { case: tagged, exchange, results: [], failures: [], notes: [{ message: skipped }] };
  const operation = session.compiled.operation(tagged.operationId);
  if (operation === undefined) throw new ContractError('OAC_ERR_OPERATION_NOT_FOUND', tagged.operationId);
  const unreachable = toolErrorOf(exchange, session.baseUrl);
  const minted = mintCount(session.memory);
  // A check that threw cannot vouch for this exchange: the run must not pass on it (exit 2, not 0).
  const { results, toolError } = unreachable
    ? { results: [], toolError: unreachable }
    : runChecks(
        session.checks,
        { operation, options: session.checkOptions, memory: session.memory },
        exchange,
      );
  noteMinter(session.memory, minted, () => recordStep(exchange, session.baseUrl));
  const outcome: CaseOutcome = {
    case: tagged,
    exchange,
    results,
    ...splitDeferred(results, toFailures(session, exchange, results)),
    notes: notesOf(results),
    toolError,
  };
  if (options.record !== false) session.recorder.record(outcome);
  return outcome;
}
