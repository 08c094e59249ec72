import { ContractError } from '../core/errors.ts';
import { unwrap } from '../core/result.ts';
import { formatFindingGroup } from '../report/format-finding-group.ts';
import { defaultExtensions } from '../extensions/default-extensions.ts';
import { findingGroupOf } from '../run/finding-group-of.ts';
import { openSession } from '../run/open-session.ts';
import type { RecordedStep } from '../run/recorded-step.ts';
import type { ReplayFile } from '../run/replay-file.ts';
import { readReplayFile } from '../run/read-replay-file.ts';
import { replaySteps, type ReplayOutcome } from '../run/replay-steps.ts';
import { readRunConfig } from '../run/run-config.ts';
import type { CaseOutcome, RunSession } from '../run/types.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { replayMissingCredentials } from './replay-missing-credentials.ts';

type Env = Record<string, string | undefined>;
type Print = (line: string) => void;

const USAGE = 'contract replay takes replay files: contract replay FILE... [--base-url URL]';

/** The target and spec of the recorded run, unless the environment or flags say otherwise. */
function replayEnv(env: Env, file: ReplayFile): Env {
  const { spec, target } = file.recorded;
  return {
    ...env,
    CONTRACT_BASE_URL: env.CONTRACT_BASE_URL || target,
    CONTRACT_SPEC: env.CONTRACT_SPEC || (spec.chosen === 'given' ? spec.source : undefined),
  };
}

function stepLine(outcome: CaseOutcome, index: number, total: number): string {
  const { request, response, error } = outcome.exchange;
  const role = index < total - 1 ? ' (sent first: the last answer depends on it)' : '';
  const answer =
    response === undefined ? `no answer (${error?.message ?? 'unknown'})` : String(response.status);
  return `step ${index + 1}/${total}${role}: ${request.method} ${request.url} -> ${answer}`;
}

/** The answer's status when it is not the recorded one (the same check fails, differently). */
function statusNow(file: ReplayFile, outcome: CaseOutcome | undefined): string {
  const now = outcome?.exchange.response?.status;
  const then = file.finding.status;
  if (now === then) return '';
  return ` (answered ${now ?? 'nothing'} now, ${then ?? 'nothing'} when recorded)`;
}

/** What a replay showed: still failing, fixed, or nothing (its conditions could not be re-created). */
type Verdict = 'failing' | 'fixed' | 'inconclusive';

/** Prints what a replay showed of the finding and returns it as a verdict. */
function judge(file: ReplayFile, replayed: ReplayOutcome, target: string, print: Print): Verdict {
  const subject = `${file.finding.check} (${file.finding.groupKey})`;
  // Only the finding's exchange is judged: a replay stopped before it (inconclusive) judges nothing.
  const failures = replayed.finding?.failures ?? [];
  const others = failures.length > 0 ? `; ${failures.length} other failure(s) above` : '';
  if (replayed.inconclusive) {
    const why = replayed.why ?? 'its conditions were not re-created';
    print(`inconclusive: ${subject} could not be judged against ${target}: ${why}${others}`);
    // A short name may be why the server already held it: said only when a 409 is the reason.
    const conflict = replayed.outcomes.some((outcome) => outcome.exchange.response?.status === 409);
    if (replayed.crowded && conflict)
      print(
        'note: a name in this replay is too short for a fresh tag and may already exist: try a fresh server',
      );
    return failures.length > 0 ? 'failing' : 'inconclusive';
  }
  print(
    replayed.reproduced
      ? `reproduced: ${subject} fails again against ${target}${statusNow(file, replayed.finding)}`
      : `not reproduced: ${subject} did not fail against ${target}${others}`,
  );
  return failures.length > 0 ? 'failing' : 'fixed';
}

/** Replays one file and prints what happened. */
async function replayOne(
  session: RunSession,
  path: string,
  file: ReplayFile,
  print: Print,
): Promise<Verdict> {
  const { finding } = file;
  print(
    `replay ${path}: [${finding.severity}] ${finding.check} on ${finding.operationId}, recorded ${file.recorded.at}`,
  );
  const replayed = unwrap(await replaySteps(session, file));
  // Numbered among the file's steps: a replay that stops early says which steps were not sent.
  replayed.outcomes.forEach((outcome, index) => print(stepLine(outcome, index, file.steps.length)));
  for (const failure of replayed.finding?.failures ?? [])
    print(`\n${formatFindingGroup(findingGroupOf(failure, failure.groupKey, 1))}\n`);
  return judge(file, replayed, session.baseUrl, print);
}

/** Exit 1 while a replay still fails; else 2 when one could not be judged (never 0 then); else 0. */
function exitFor(verdicts: readonly Verdict[]): ExitCode {
  if (verdicts.includes('failing')) return EXIT.violations;
  return verdicts.includes('inconclusive') ? EXIT.error : EXIT.ok;
}

/** A forbidden step of a bearer scheme (or recorded before schemes were modelled) sends CONTRACT_FORBIDDEN_TOKEN. */
function sendsBearer(step: RecordedStep): boolean {
  const { credentials } = step;
  const fault = credentials?.schemes.find((scheme) => scheme.key === credentials.fault);
  return fault === undefined || fault.placement.kind === 'bearer';
}

/**
 * `contract replay FILE... [--base-url URL]`: sends each finding's recorded requests again (by default to the
 * recorded target) and re-runs the checks. Exit 1 while a replayed exchange still fails a check; 2 when a
 * replay could not re-create its conditions (a 409: inconclusive, never "fixed"); else 0.
 */
export async function replayCommand(paths: string[], env: Env, printLine: Print): Promise<ExitCode> {
  if (paths.length === 0) throw new ContractError('OAC_ERR_USAGE', USAGE);
  const files = paths.map((path) => ({ path, file: unwrap(readReplayFile(path)) }));
  const [first] = files;
  if (first === undefined) throw new ContractError('OAC_ERR_USAGE', USAGE);
  const config = unwrap(readRunConfig(replayEnv(env, first.file)));
  if (
    config.forbiddenToken === undefined &&
    files.some(({ file }) => file.steps.some((step) => step.auth === 'forbidden' && sendsBearer(step)))
  )
    throw new ContractError(
      'OAC_ERR_USAGE',
      'a replay sends the read-only token: set CONTRACT_FORBIDDEN_TOKEN',
    );
  const session = unwrap(
    await openSession(config, config.baseUrl ?? first.file.recorded.target, defaultExtensions()),
  );
  const print = (line: string): void => printLine(session.memory.redactor.redact(line));
  const steps = files.flatMap(({ file }) => file.steps);
  const missing = replayMissingCredentials(steps, session.availability);
  if (missing.length > 0) {
    await session.close();
    throw new ContractError(
      'OAC_ERR_USAGE',
      `a replay sends credentials the environment lacks: set ${missing.join(', ')}`,
    );
  }
  try {
    const verdicts: Verdict[] = [];
    for (const { path, file } of files) verdicts.push(await replayOne(session, path, file, print));
    const count = (verdict: Verdict) => verdicts.filter((v) => v === verdict).length;
    if (files.length > 1) {
      const unjudged = count('inconclusive') > 0 ? `, ${count('inconclusive')} inconclusive` : '';
      print(`${count('failing')} of ${files.length} replay(s) still fail a check${unjudged}`);
    }
    return exitFor(verdicts);
  } finally {
    // What the replays created (keys, resources) is cleaned up as after a run.
    for (const extension of session.extensions)
      for (const line of (await extension.finish?.(session)) ?? []) print(line);
    await session.close();
  }
}
