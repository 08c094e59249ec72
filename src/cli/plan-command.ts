import { unwrap } from '../core/result.ts';
import { buildCasePlan } from '../generate/build-case-plan.ts';
import { formatPlanTable, summarisePlan, type PlanSummary } from '../report/format-plan-table.ts';
import { toPlanLine } from '../report/plan-line.ts';
import { PINNED_SPEC } from '../run/pinned-spec.ts';
import { knownPathParams } from '../run/path-params.ts';
import { plannedCases } from '../run/planned-cases.ts';
import { readRunConfig } from '../run/run-config.ts';
import { selectOperations } from '../run/select-operations.ts';
import { compileSpec } from '../schema/compile-spec.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

type Env = Record<string, string | undefined>;

/**
 * `contract plan [--spec S] [--operation ID] [--include F] [--exclude F] [--seed N] [--runs N] [--json]`:
 * every case a run would send, and nothing is sent (only a document given as a URL is fetched). The
 * document is CONTRACT_SPEC, else the pinned one; the same seed gives the same plan. With --json, one JSON
 * object per case and per line on stdout and a one-line summary on stderr; without, a table of counts per
 * operation, phase and expectation, then what cannot be generated. Operations are planned one at a time
 * and let go, so a document of thousands of operations is planned in little memory.
 */
export async function planCommand(json: boolean, env: Env, print: (line: string) => void): Promise<ExitCode> {
  const config = unwrap(readRunConfig(env));
  const source = config.spec ?? PINNED_SPEC;
  const compiled = unwrap(compileSpec(unwrap(await loadSpec(source, { timeoutMs: config.timeoutMs }))));
  const operations = unwrap(selectOperations(compiled, env));
  const options = { fixedPathParams: knownPathParams(config), seed: config.seed };
  const summaries: PlanSummary[] = [];
  let lines = 0;
  for (const operation of operations) {
    const plan = buildCasePlan(operation, options);
    const { cases, skipped } = plannedCases(plan, { seed: config.seed, runs: config.runs });
    summaries.push(summarisePlan(plan, cases, skipped));
    if (!json) continue;
    for (const line of cases.flatMap((requestCase) => toPlanLine(requestCase) ?? [])) {
      print(JSON.stringify(line));
      lines += 1;
    }
  }
  if (!json) {
    print(formatPlanTable({ source, seed: config.seed, runs: config.runs }, summaries));
    return EXIT.ok;
  }
  const unsupported = summaries.reduce((sum, summary) => sum + summary.unsupported.length, 0);
  process.stderr.write(
    `contract plan: ${operations.length} operations, ${lines} cases (seed ${config.seed}), ${unsupported} unsupported features (see the plan without --json)\n`,
  );
  return EXIT.ok;
}
