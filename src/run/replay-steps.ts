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
}

/** Sends one recorded request again, exactly, and runs every enabled check on the answer. */
export function replayExchange(session: RunSession, step: RecordedStep): Promise<CaseOutcome> {
  return executeCase(session, caseFromStep(step), { record: false });
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
    const fresh = options.exact
      ? { step: recorded, unique: true }
      : refreshIdentity(recorded, renames, session.nextUnique);
    crowded ||= !fresh.unique;
    const outcome = await replayExchange(session, fresh.step);
    if (outcome.toolError !== undefined) return { ok: false, error: outcome.toolError };
    outcomes.push(outcome);
  }
  return ok({ outcomes, reproduced: recurs(file, outcomes[outcomes.length - 1]), crowded });
}
