import { err, ok, type Result } from '../core/result.ts';
import { caseFromStep } from './case-from-step.ts';
import { executeCase } from './execute-case.ts';
import type { RecordedStep } from './recorded-step.ts';
import { bindingsFrom, withBoundValues, type Binding } from './replay-bind.ts';
import { refreshIdentity } from './refresh-identity.ts';
import type { ReplayFile } from './replay-file.ts';
import type { CaseOutcome, RunSession } from './types.ts';

export interface ReplayOutcome {
  /** One outcome per step sent, in order; a replay stops at a step that could not re-create its part. */
  outcomes: CaseOutcome[];
  /** The outcome of the exchange the finding was about (the last step); absent when it was not sent. */
  finding?: CaseOutcome;
  /** The recorded finding (same check and group, the status may differ) occurred again on the last exchange. */
  reproduced: boolean;
  /** An identity field too short to carry a fresh tag: the server may already know the name (409). */
  crowded: boolean;
  /**
   * Not reproduced, and the replay could not re-create the recorded conditions: neither fixed nor failing.
   * `why` says which step and how.
   */
  inconclusive: boolean;
  why?: string;
}

const succeeded = (outcome: CaseOutcome): boolean => {
  const status = outcome.exchange.response?.status ?? 0;
  return status >= 200 && status < 300;
};

function answered(outcome: CaseOutcome): string {
  const { response, error } = outcome.exchange;
  return response === undefined
    ? `got no answer (${error?.message ?? 'unknown'})`
    : `answered ${response.status}`;
}

/**
 * Why a step sent before the finding's exchange leaves the replay unable to judge: it did not succeed (the
 * recorded run's did: it created or minted what the finding depends on), or its answer lacks a value a later
 * step's path needs. Undefined when it re-created its part.
 */
function unmet(step: RecordedStep, outcome: CaseOutcome, index: number): string | undefined {
  const { method, url } = outcome.exchange.request;
  const which = `step ${index + 1} (${method} ${url})`;
  if (!succeeded(outcome)) {
    const held = outcome.exchange.response?.status === 409 ? ' (the server already holds it)' : '';
    return `${which} ${answered(outcome)}${held}, where the recorded run's succeeded: what the finding depends on was not re-created`;
  }
  const { missing } = bindingsFrom(step, outcome);
  return missing === undefined ? undefined : `${which} answered no ${missing} for the steps after it`;
}

/** The finding's exchange answered 409 where the recorded one did not: the server holds what it re-creates. */
function conflicted(file: ReplayFile, outcome: CaseOutcome): string | undefined {
  if (outcome.exchange.response?.status !== 409 || file.finding.status === 409) return undefined;
  return 'a re-created request was answered 409 (the server already holds it)';
}

/** Sends one recorded request again, exactly, and runs every enabled check on the answer. */
export function replayExchange(session: RunSession, step: RecordedStep): Promise<CaseOutcome> {
  const template = session.compiled.operation(step.operationId)?.operation.path;
  return executeCase(session, caseFromStep(step, template), { record: false });
}

/** A group key without the status that checks of a status append to it (`auth:none:201` -> `auth:none`). */
function withoutStatus(groupKey: string, status: number | undefined): string {
  const suffix = `:${status ?? ''}`;
  return status !== undefined && groupKey.endsWith(suffix) ? groupKey.slice(0, -suffix.length) : groupKey;
}

/**
 * The recorded finding occurred again on this exchange: the same check fails on the same request for the same
 * reason, whatever the status now (a request without credentials answered 402 where the run got 201 is still
 * let through: the group keys differ only by the status they end with).
 */
function recurs(file: ReplayFile, outcome: CaseOutcome | undefined): boolean {
  const { check, groupKey, status } = file.finding;
  const recorded = withoutStatus(groupKey, status);
  return (outcome?.failures ?? []).some(
    (failure) => failure.check === check && withoutStatus(failure.groupKey, failure.status) === recorded,
  );
}

function missingOperation(session: RunSession, file: ReplayFile): string | undefined {
  return file.steps
    .map((step) => step.operationId)
    .find((operationId) => session.compiled.operation(operationId) === undefined);
}

/** Fresh names drawn again when the server already holds the one drawn (409): a short name has few choices. */
const REDRAWS = 4;

/** Sends a step with fresh identity fields (unless exact), drawing new ones while a fresh name meets a 409. */
async function sendFresh(
  session: RunSession,
  recorded: RecordedStep,
  renames: Map<string, string>,
  exact: boolean,
): Promise<{ outcome: CaseOutcome; unique: boolean }> {
  for (let attempt = 0; ; attempt++) {
    const before = new Set(renames.keys());
    const fresh = exact
      ? { step: recorded, unique: true }
      : refreshIdentity(recorded, renames, session.nextUnique);
    const outcome = await replayExchange(session, fresh.step);
    // Only names this step drew itself are drawn again: a name an earlier step sent stays (a deliberate repeat).
    const drawn = [...renames.keys()].filter((name) => !before.has(name));
    if (outcome.exchange.response?.status !== 409 || drawn.length === 0 || attempt >= REDRAWS)
      return { outcome, unique: fresh.unique };
    for (const name of drawn) renames.delete(name);
  }
}

/** The step as this replay sends it: the path values earlier steps gave in place of the recorded ones. */
function bound(session: RunSession, step: RecordedStep, bindings: Map<string, Binding>): RecordedStep {
  return withBoundValues(step, session.compiled.operation(step.operationId)?.operation.path, bindings);
}

/**
 * Replays a finding: its steps in order against the session's target (earlier steps first, so answers that
 * depend on them come back the same way), with the checks of this version of the tool. Identity fields get
 * fresh tags unless `exact` (a resource name already taken would turn every replay into a 409); a path value
 * an earlier step created is taken from that step's replayed answer. An earlier step that does not succeed
 * stops the replay: inconclusive.
 */
export async function replaySteps(
  session: RunSession,
  file: ReplayFile,
  options: { exact?: boolean } = {},
): Promise<Result<ReplayOutcome>> {
  const missing = missingOperation(session, file);
  if (missing !== undefined)
    return err('OAC_ERR_OPERATION_NOT_FOUND', `${missing} is not in ${session.specChoice.source}`);
  const outcomes: CaseOutcome[] = [];
  const renames = new Map<string, string>();
  const bindings = new Map<string, Binding>();
  let crowded = false;
  for (const [index, recorded] of file.steps.entries()) {
    const step = bound(session, recorded, bindings);
    const sent = await sendFresh(session, step, renames, options.exact === true);
    crowded ||= !sent.unique;
    if (sent.outcome.toolError !== undefined) return { ok: false, error: sent.outcome.toolError };
    outcomes.push(sent.outcome);
    if (index === file.steps.length - 1) break;
    const why = unmet(step, sent.outcome, index);
    if (why !== undefined) return ok({ outcomes, reproduced: false, crowded, inconclusive: true, why });
    for (const [param, binding] of bindingsFrom(step, sent.outcome).bindings) bindings.set(param, binding);
  }
  return ok(verdictOf(file, outcomes, crowded));
}

/** The verdict once every step was sent: reproduced, or not, or inconclusive (a 409 the run did not get). */
function verdictOf(file: ReplayFile, outcomes: CaseOutcome[], crowded: boolean): ReplayOutcome {
  const finding = outcomes[outcomes.length - 1];
  const reproduced = recurs(file, finding);
  const why = reproduced || finding === undefined ? undefined : conflicted(file, finding);
  return { outcomes, finding, reproduced, crowded, inconclusive: why !== undefined, why };
}
