import fc from 'fast-check';
import type { RequestCase } from '../generate/types.ts';
import { executeCase } from './execute-case.ts';
import { losesRunMarker } from './run-marker/loses-run-marker.ts';
import { forEachOutcome } from './run-cases.ts';
import type { CaseOutcome, Failure, RunSession } from './types.ts';

export interface PropertyOptions {
  seed: number;
  numRuns: number;
  /** At most this many distinct failure groups are shrunk (each shrink step is a request). */
  maxShrunkGroups?: number;
  /** Requests one shrink may send before it settles for the smallest failure found so far. */
  maxShrinkRequests?: number;
}

export interface PropertyResult {
  /** The outcomes with a tool error (the others are recorded, not kept). */
  outcomes: CaseOutcome[];
  shrunk: Failure[];
}

/** The first case (lowest index, whatever the concurrency) of each distinct problem: where shrinking starts. */
function noteFirsts(
  firsts: Map<string, { index: number; failure: Failure }>,
  outcome: CaseOutcome,
  index: number,
): void {
  for (const failure of outcome.failures) {
    const key = `${failure.check} | ${failure.groupKey}`;
    const known = firsts.get(key);
    if (known === undefined || index < known.index) firsts.set(key, { index, failure });
  }
}

interface Shrunk {
  failure?: Failure;
  /** The time budget ran out during this shrink: the failure is smaller than the first, maybe not minimal. */
  cut: boolean;
}

interface ShrinkStart {
  index: number;
  failure: Failure;
  /** The first case of the problem, as generated (before its unique tags). */
  requestCase: RequestCase;
}

/** On a long-lived target a shrink step that would drop a name's run marker is not taken (not sent). */
function keepsMarker(session: RunSession, original: RequestCase): (candidate: RequestCase) => boolean {
  const { runId, disposableTarget } = session.config;
  if (runId === undefined || disposableTarget === true) return () => true;
  return (candidate) => !losesRunMarker(original, candidate, runId);
}

async function shrink(
  session: RunSession,
  arbitrary: fc.Arbitrary<RequestCase>,
  start: ShrinkStart,
  options: Required<PropertyOptions>,
): Promise<Shrunk> {
  let requests = 0;
  let cut = false;
  let smallest: Failure | undefined;
  const sameProblem = (failure: Failure): boolean =>
    failure.check === start.failure.check && failure.groupKey === start.failure.groupKey;
  const allowed = keepsMarker(session, start.requestCase);
  const property = fc.asyncProperty(arbitrary, async (requestCase) => {
    if (!allowed(requestCase)) return true;
    // Past either budget every candidate "passes", which ends shrinking at the smallest failure so far.
    if (++requests > options.maxShrinkRequests) return true;
    if (!session.shrinkBudget.left()) {
      cut = true;
      return true;
    }
    const outcome = await executeCase(session, requestCase, { record: false });
    const failure = outcome.failures.find(sameProblem);
    if (failure !== undefined) smallest = failure;
    return failure === undefined;
  });
  const end = session.shrinkBudget.begin();
  const details = await fc.check(property, { seed: options.seed, path: String(start.index) }).finally(end);
  if (smallest === undefined || details.counterexamplePath === null) return { cut };
  const replay = { seed: options.seed, path: details.counterexamplePath };
  return { failure: { ...smallest, shrunk: true, replay }, cut };
}

/** Once per phase whose shrinking the time budget cut short: the reader learns why a case is not minimal. */
function noteUnshrunk(session: RunSession, count: number): void {
  const { limitMs } = session.shrinkBudget;
  if (count === 0 || limitMs === 0) return;
  session.recorder.note(
    `shrinking: the run's ${limitMs / 1000} s (CONTRACT_SHRINK_SECONDS) are spent; ${count} problem(s) of this phase are shown as first found or partly shrunk`,
  );
}

/** Shrinks one case per problem, first found first, while the run's shrinking time lasts. */
async function shrinkGroups(
  session: RunSession,
  arbitrary: fc.Arbitrary<RequestCase>,
  groups: ShrinkStart[],
  options: Required<PropertyOptions>,
): Promise<Failure[]> {
  const shrunk: Failure[] = [];
  let unshrunk = 0;
  for (const start of groups) {
    const { failure, cut } = session.shrinkBudget.left()
      ? await shrink(session, arbitrary, start, options)
      : { cut: true };
    if (cut) unshrunk += 1;
    if (failure === undefined) continue;
    session.recorder.recordShrunk(failure);
    shrunk.push(failure);
  }
  noteUnshrunk(session, unshrunk);
  return shrunk;
}

/**
 * A property phase: the seed's cases are sent concurrently (fast), then one representative per distinct
 * problem is shrunk with fast-check from its own path, so every problem is found and each is minimal.
 * `fc.sample` and `fc.check` draw the same values for the same seed, which makes `seed + path` a replay.
 */
export async function runProperty(
  session: RunSession,
  arbitrary: fc.Arbitrary<RequestCase>,
  options: PropertyOptions,
): Promise<PropertyResult> {
  const full = { maxShrunkGroups: 10, maxShrinkRequests: 150, ...options };
  const cases = fc.sample(arbitrary, { seed: full.seed, numRuns: full.numRuns });
  // Every outcome is recorded as it comes; only tool errors are kept (with their exchange), and of failures
  // the first of each problem: memory does not grow with CONTRACT_RUNS nor with what the server sends.
  const outcomes: CaseOutcome[] = [];
  const firsts = new Map<string, { index: number; failure: Failure }>();
  await forEachOutcome(session, cases, (outcome, index) => {
    for (const failure of outcome.failures) failure.replay = { seed: full.seed, path: String(index) };
    if (outcome.toolError !== undefined) outcomes.push(outcome);
    noteFirsts(firsts, outcome, index);
  });
  const groups = [...firsts.values()]
    .sort((x, y) => x.index - y.index)
    .slice(0, full.maxShrunkGroups)
    .map((first) => ({ ...first, requestCase: cases[first.index] }));
  return { outcomes, shrunk: await shrinkGroups(session, arbitrary, groups, full) };
}
