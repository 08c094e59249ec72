import type fc from 'fast-check';
import { mockOptionsFor } from '../../src/cli/mock-spec.ts';
import type { CasePlan } from '../../src/generate/case-plan-types.ts';
import { skippedPhases } from '../../src/generate/skipped-phases.ts';
import type { CasePhase, RequestCase } from '../../src/generate/types.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import { formatFindingGroup } from '../../src/report/format-finding-group.ts';
import { formatRunSummary } from '../../src/report/format-run-summary.ts';
import { writeResultsFile } from '../../src/report/results-file.ts';
import { openSession } from '../../src/run/open-session.ts';
import { readOperationSelection } from '../../src/run/operation-selection.ts';
import { planOperation } from '../../src/run/plan-operation.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runCases } from '../../src/run/run-cases.ts';
import { runProperty } from '../../src/run/run-property.ts';
import { selectOperations } from '../../src/run/select-operations.ts';
import { parseShard } from '../../src/run/shard.ts';
import { takeShard } from '../../src/run/take-shard.ts';
import type { CaseOutcome, RunSession } from '../../src/run/types.ts';
import type { CompiledOperation } from '../../src/schema/types.ts';
import { isDedicated } from './dedicated-operations.ts';
import { guardKeys } from './guard-keys.ts';

export interface PlannedOperation {
  operation: CompiledOperation;
  plan: CasePlan;
  /** Phases not run, with why (an unsupported feature of the document). */
  skipped: Map<CasePhase, string>;
}

/** What the all-operations suite needs: one session, and the plan of every selected operation. */
export interface OperationsTarget {
  session: RunSession;
  operations: PlannedOperation[];
  /** Why nothing is selected, when nothing is. */
  empty?: string;
  send(cases: readonly RequestCase[]): Promise<CaseOutcome[]>;
  property(arbitrary: fc.Arbitrary<RequestCase>): Promise<CaseOutcome[]>;
  /** Throws a readable, redacted explanation of every distinct problem found for this operation. */
  assertOperation(operationId: string): void;
  finish(): Promise<void>;
}

function orThrow<T>(result: { ok: true; value: T } | { ok: false; error: { oneLine(): string } }): T {
  if (!result.ok) throw new Error(result.error.oneLine());
  return result.value;
}

async function startTarget(baseUrl: string | undefined, spec: string | undefined) {
  if (baseUrl !== undefined) return { url: baseUrl, stop: () => Promise.resolve() };
  const mock = orThrow(await startMockServer(mockOptionsFor(spec)));
  return { url: mock.url, stop: () => mock.close() };
}

function throwOnToolErrors(session: RunSession, outcomes: CaseOutcome[]): CaseOutcome[] {
  const errors = outcomes.flatMap((outcome) => (outcome.toolError ? [outcome.toolError.oneLine()] : []));
  if (errors.length > 0) throw new Error(session.memory.redactor.redact(errors[0] ?? ''));
  return outcomes;
}

/**
 * The operations of the document this suite runs, in document order: those CONTRACT_OPERATION or
 * CONTRACT_INCLUDE / CONTRACT_EXCLUDE select, less those a suite of their own covers, this shard's part
 * of them when the suites split their operations (CONTRACT_SHARD, every n-th).
 */
function chosenOperations(session: RunSession, env: Record<string, string | undefined>): CompiledOperation[] {
  const selected = orThrow(selectOperations(session.compiled, env));
  const { include } = orThrow(readOperationSelection(env));
  const own = selected.filter((operation) => !isDedicated(operation.operation, env, include));
  return takeShard(own, orThrow(parseShard(env.CONTRACT_SHARD)));
}

export async function openOperationsTarget(): Promise<OperationsTarget> {
  const env = process.env;
  const config = orThrow(readRunConfig(env));
  const target = await startTarget(config.baseUrl, config.spec);
  const session = orThrow(await openSession(config, target.url));
  const guard = guardKeys(session, session.keys);
  const operations = chosenOperations(session, env).map((operation) => {
    const planned = orThrow(planOperation(session, operation.operation.operationId));
    // CONTRACT_FORBIDDEN_TOKEN lacks permission to create keys; what it may do elsewhere is not known.
    const plan = {
      ...planned.plan,
      auth: planned.plan.auth.filter((requestCase) => requestCase.auth !== 'forbidden'),
    };
    return { operation, plan, skipped: skippedPhases(plan) };
  });
  const empty = `no operation of ${session.specChoice.source} is selected (or each has a suite of its own)`;
  return {
    session,
    operations,
    ...(operations.length === 0 ? { empty } : {}),
    send: async (cases) => throwOnToolErrors(session, await runCases(session, cases)),
    property: async (arbitrary) => {
      const result = await runProperty(session, arbitrary, { seed: config.seed, numRuns: config.runs });
      return throwOnToolErrors(session, result.outcomes);
    },
    assertOperation(operationId) {
      const { findings } = session.recorder.results(session);
      const groups = findings.filter((group) => group.operationId === operationId);
      if (groups.length > 0) throw new Error(`\n${groups.map(formatFindingGroup).join('\n\n')}\n`);
    },
    async finish() {
      await guard.finish();
      const results = session.recorder.results(session);
      // Nothing selected, nothing sent: no results to report (the summary would be empty).
      if (operations.length === 0) console.log(`all operations: ${empty}`);
      else if (config.resultsDir !== undefined)
        orThrow(writeResultsFile(config.resultsDir, 'all-operations', results));
      else console.log(formatRunSummary(results));
      await session.close();
      await target.stop();
    },
  };
}
