import type fc from 'fast-check';
import type { CasePlan } from '../../src/generate/case-plan-types.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { mockOptionsFor } from '../../src/cli/mock-spec.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import { formatFindingGroup } from '../../src/report/format-finding-group.ts';
import { formatRunSummary } from '../../src/report/format-run-summary.ts';
import { writeResultsFile } from '../../src/report/results-file.ts';
import { openSession } from '../../src/run/open-session.ts';
import { planOperation } from '../../src/run/plan-operation.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runCases } from '../../src/run/run-cases.ts';
import { runDuplicate } from '../../src/run/run-duplicate.ts';
import { runProperty } from '../../src/run/run-property.ts';
import type { CaseOutcome, RunSession } from '../../src/run/types.ts';
import type { CompiledOperation } from '../../src/schema/types.ts';
import { guardKeys } from './guard-keys.ts';

/** What a suite file needs: a session against the target (the mock by default) and the operation's plan. */
export interface ContractTarget {
  session: RunSession;
  operation: CompiledOperation;
  plan: CasePlan;
  /** Sends deterministic cases; fails only on tool errors (checks are asserted per check). */
  send(cases: readonly RequestCase[]): Promise<CaseOutcome[]>;
  /** A fast-check property phase: the seed's cases, then each distinct problem shrunk. */
  property(arbitrary: fc.Arbitrary<RequestCase>): Promise<CaseOutcome[]>;
  /** The same valid body twice: the one deliberate repeat of a name. */
  duplicate(): Promise<CaseOutcome[]>;
  /** Throws a readable, redacted explanation of every distinct problem this check found. */
  assertCheck(name: string): void;
  finish(): Promise<void>;
}

function orThrow<T>(result: { ok: true; value: T } | { ok: false; error: { oneLine(): string } }): T {
  if (!result.ok) throw new Error(result.error.oneLine());
  return result.value;
}

async function startTarget(
  baseUrl: string | undefined,
  spec: string | undefined,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (baseUrl !== undefined) return { url: baseUrl, stop: () => Promise.resolve() };
  const mock = orThrow(await startMockServer(mockOptionsFor(spec)));
  return { url: mock.url, stop: () => mock.close() };
}

function throwOnToolErrors(session: RunSession, outcomes: CaseOutcome[]): CaseOutcome[] {
  const errors = outcomes.flatMap((outcome) => (outcome.toolError ? [outcome.toolError.oneLine()] : []));
  if (errors.length > 0) throw new Error(session.memory.redactor.redact(errors[0] ?? ''));
  return outcomes;
}

export async function openContractTarget(operationId: string): Promise<ContractTarget> {
  const config = orThrow(readRunConfig(process.env));
  const target = await startTarget(config.baseUrl, config.spec);
  const session = orThrow(await openSession(config, target.url));
  const { operation, plan } = orThrow(planOperation(session, operationId));
  // Every key the suite mints is revoked at its end, on failure too, and on Ctrl-C.
  const guard = guardKeys(session, session.keys);
  return {
    session,
    operation,
    plan,
    send: async (cases) => throwOnToolErrors(session, await runCases(session, cases)),
    property: async (arbitrary) => {
      const result = await runProperty(session, arbitrary, { seed: config.seed, numRuns: config.runs });
      return throwOnToolErrors(session, result.outcomes);
    },
    duplicate: async () =>
      throwOnToolErrors(session, await runDuplicate(session, plan.positive, config.seed)),
    assertCheck(name) {
      const groups = session.recorder.results(session).findings.filter((group) => group.check === name);
      if (groups.length > 0) throw new Error(`\n${groups.map(formatFindingGroup).join('\n\n')}\n`);
    },
    async finish() {
      await guard.finish();
      const results = session.recorder.results(session);
      if (config.resultsDir !== undefined) orThrow(writeResultsFile(config.resultsDir, operationId, results));
      else console.log(formatRunSummary(results));
      await session.close();
      await target.stop();
    },
  };
}
