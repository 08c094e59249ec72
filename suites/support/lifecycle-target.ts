import { mockOptionsFor } from '../../src/cli/mock-spec.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import { formatFindingGroup } from '../../src/report/format-finding-group.ts';
import { formatRunSummary } from '../../src/report/format-run-summary.ts';
import { writeResultsFile } from '../../src/report/results-file.ts';
import { lifecycleOperations, type LifecycleSupport } from '../../src/run/lifecycle/lifecycle-operations.ts';
import { runKeyLifecycle, type LifecycleSummary } from '../../src/run/lifecycle/run-key-lifecycle.ts';
import { openSession } from '../../src/run/open-session.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import type { RunSession } from '../../src/run/types.ts';
import { guardKeys, type KeyGuard } from './guard-keys.ts';

/** What the life-cycle suite needs: a session, whether the document supports a key's life cycle, and why not. */
export interface LifecycleTarget {
  session: RunSession;
  support: LifecycleSupport;
  run(): Promise<LifecycleSummary>;
  assertCheck(name: string): void;
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

export async function openLifecycleTarget(): Promise<LifecycleTarget> {
  const config = orThrow(readRunConfig(process.env));
  const target = await startTarget(config.baseUrl, config.spec);
  const session = orThrow(await openSession(config, target.url));
  const support = lifecycleOperations(session.compiled, session.checkOptions.secretFields);
  const guard: KeyGuard | undefined = support.ok ? guardKeys(session, session.keys) : undefined;
  const close = async (): Promise<void> => {
    await session.close();
    await target.stop();
  };
  // Nothing will be sent: the suite is skipped and has nothing to report.
  if (!support.ok) await close();
  return {
    session,
    support,
    async run() {
      if (!support.ok) throw new Error(support.why);
      const summary = orThrow(await runKeyLifecycle(session, session.keys, support.ops));
      if (!summary.exercised) console.log(`life cycle not exercised: ${summary.why ?? ''}`);
      return summary;
    },
    assertCheck(name) {
      const groups = session.recorder.results(session).findings.filter((group) => group.check === name);
      if (groups.length > 0) throw new Error(`\n${groups.map(formatFindingGroup).join('\n\n')}\n`);
    },
    async finish() {
      if (guard === undefined) return;
      await guard.finish();
      const results = session.recorder.results(session);
      if (config.resultsDir !== undefined)
        orThrow(writeResultsFile(config.resultsDir, 'key-lifecycle', results));
      else console.log(formatRunSummary(results));
      await close();
    },
  };
}
