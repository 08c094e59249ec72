import { err, ok, type Result } from '../core/result.ts';
import { caseFromStep } from './case-from-step.ts';
import { executeCase } from './execute-case.ts';
import type { RecordedStep } from './recorded-step.ts';
import { refreshIdentity } from './refresh-identity.ts';
import type { ReplayFile } from './replay-file.ts';
import type { CaseOutcome, RunSession } from './types.ts';

export interface ReplayOutcome {
  /** One outcome per step, in order; the last is the exchange the finding was about. */
  outcomes: CaseOutcome[];
  /** The recorded finding (check, group and status) occurred again on the last exchange. */
  reproduced: boolean;
  /** An identity field too short to carry a fresh tag: the server may already know the name (409). */
  crowded: boolean;
  /**
   * Not reproduced, and the replay could not re-create the recorded conditions: a step answered 409 where the
   * recorded run's answer was not 409 (a name or resource the server already holds). Neither fixed nor failing.
   */
  inconclusive: boolean;
}

/**
 * A step answered 409 where the recorded run's did not (earlier steps are the ones that created what the last
 * depends on; the last one's recorded status is the finding's): the server holds what the replay re-creates.
 */
function conflicted(file: ReplayFile, outcomes: readonly CaseOutcome[]): boolean {
  const last = outcomes.length - 1;
  return outcomes.some(
    (outcome, index) =>
      outcome.exchange.response?.status === 409 && (index < last || file.finding.status !== 409),
  );
}

/** Sends one recorded request again, exactly, and runs every enabled check on the answer. */
export function replayExchange(session: RunSession, step: RecordedStep): Promise<CaseOutcome> {
  const template = session.compiled.operation(step.operationId)?.operation.path;
  return executeCase(session, caseFromStep(step, template), { record: false });
}

/** The recorded finding (check, group and status) occurred again on this exchange. */
function recurs(file: ReplayFile, outcome: CaseOutcome | undefined): boolean {
  const { check, groupKey, status } = file.finding;
  return (outcome?.failures ?? []).some(
    (failure) => failure.check === check && failure.groupKey === groupKey && failure.status === status,
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

/**
 * Replays a finding: its steps in order against the session's target (earlier steps first, so answers that
 * depend on them come back the same way), with the checks of this version of the tool. Identity fields get
 * fresh tags unless `exact` (a resource name already taken would turn every replay into a 409).
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
  let crowded = false;
  for (const recorded of file.steps) {
    const sent = await sendFresh(session, recorded, renames, options.exact === true);
    crowded ||= !sent.unique;
    if (sent.outcome.toolError !== undefined) return { ok: false, error: sent.outcome.toolError };
    outcomes.push(sent.outcome);
  }
  const reproduced = recurs(file, outcomes[outcomes.length - 1]);
  return ok({ outcomes, reproduced, crowded, inconclusive: !reproduced && conflicted(file, outcomes) });
}
