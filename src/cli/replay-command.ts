import { ContractError } from '../core/errors.ts';
import { unwrap } from '../core/result.ts';
import { formatFindingGroup } from '../report/format-finding-group.ts';
import { openSession } from '../run/open-session.ts';
import type { ReplayFile } from '../run/replay-file.ts';
import { readReplayFile } from '../run/read-replay-file.ts';
import { replaySteps } from '../run/replay-steps.ts';
import { readRunConfig } from '../run/run-config.ts';
import type { CaseOutcome, Failure, FindingGroup } from '../run/types.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

type Env = Record<string, string | undefined>;

/** The target and spec of the recorded run, unless the environment or flags say otherwise. */
function replayEnv(env: Env, file: ReplayFile): Env {
  const { spec, target } = file.recorded;
  return {
    ...env,
    CONTRACT_BASE_URL: env.CONTRACT_BASE_URL || target,
    CONTRACT_SPEC: env.CONTRACT_SPEC || (spec.chosen === 'given' ? spec.source : undefined),
  };
}

function asGroup(failure: Failure): FindingGroup {
  const { operationId, check, severity, origin, groupKey, status } = failure;
  return { key: groupKey, operationId, check, severity, origin, groupKey, status, count: 1, example: failure };
}

function stepLine(outcome: CaseOutcome, index: number, total: number): string {
  const { request, response, error } = outcome.exchange;
  const role = index < total - 1 ? ' (sent first: the last answer depends on it)' : '';
  const answer = response === undefined ? `no answer (${error?.message ?? 'unknown'})` : String(response.status);
  return `step ${index + 1}/${total}${role}: ${request.method} ${request.url} -> ${answer}`;
}

/**
 * `contract replay FILE [--base-url URL]`: sends a finding's recorded requests again and re-runs the checks.
 * Exit 1 while the last exchange still fails a check, 0 when it passes.
 */
export async function replayCommand(positionals: string[], env: Env, printLine: (line: string) => void): Promise<ExitCode> {
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0)
    throw new ContractError('OAC_ERR_USAGE', 'contract replay takes one replay file: contract replay FILE [--base-url URL]');
  const file = unwrap(readReplayFile(path));
  const config = unwrap(readRunConfig(replayEnv(env, file)));
  if (config.forbiddenToken === undefined && file.steps.some((step) => step.auth === 'forbidden'))
    throw new ContractError('OAC_ERR_USAGE', `replay file ${path} sends the read-only token: set CONTRACT_FORBIDDEN_TOKEN`);
  const baseUrl = config.baseUrl ?? file.recorded.target;
  const session = unwrap(await openSession(config, baseUrl));
  const print = (line: string): void => printLine(session.memory.redactor.redact(line));
  try {
    const { finding } = file;
    print(`replay: [${finding.severity}] ${finding.check} on ${finding.operationId} (${finding.fingerprint}), recorded ${file.recorded.at} against ${file.recorded.target}`);
    const replayed = unwrap(await replaySteps(session, file));
    replayed.outcomes.forEach((outcome, index) => print(stepLine(outcome, index, replayed.outcomes.length)));
    const failures = replayed.outcomes[replayed.outcomes.length - 1]?.failures ?? [];
    for (const failure of failures) print(`\n${formatFindingGroup(asGroup(failure))}`);
    print(replayed.reproduced
      ? `reproduced: ${finding.check} (${finding.groupKey}) fails again against ${baseUrl}`
      : `not reproduced: ${finding.check} (${finding.groupKey}) did not fail against ${baseUrl}${failures.length > 0 ? `; ${failures.length} other failure(s) above` : ''}`);
    if (replayed.crowded && !replayed.reproduced)
      print('note: a name in this replay is too short to carry a fresh tag; the server may already know it (409): replay against a fresh server');
    return failures.length > 0 ? EXIT.violations : EXIT.ok;
  } finally {
    await session.close();
  }
}
