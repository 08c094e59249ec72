import { unwrap } from '../core/result.ts';
import { securitySummary } from '../generate/security-summary.ts';
import { formatPlanTable, summarisePlan, type PlanSummary } from '../report/format-plan-table.ts';
import { formatSecuritySummary } from '../report/format-security-summary.ts';
import { toPlanLine } from '../report/plan-line.ts';
import { PINNED_SPEC } from '../run/pinned-spec.ts';
import { resolveRunCredentials } from '../run/credentials-config.ts';
import { planFor } from '../run/plan-operation.ts';
import { plannedCases } from '../run/planned-cases.ts';
import { readRunConfig } from '../run/run-config.ts';
import { selectOperations } from '../run/select-operations.ts';
import { compileSpec } from '../schema/compile-spec.ts';
import { loadSpec } from '../spec/load-spec.ts';
import { defaultExtensions } from '../extensions/default-extensions.ts';
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
  const operations = unwrap(selectOperations(compiled, config));
  // The same planning as a run's: extensions that apply, forbidden cases only where one expects 403.
  const extensions = defaultExtensions().filter(
    (extension) => extension.applies?.(compiled, config.secretFields) ?? true,
  );
  for (const skipped of compiled.spec.skippedOperations)
    process.stderr.write(
      `contract plan: skipped ${skipped.operationId} (${skipped.method.toUpperCase()} ${skipped.path}): ${skipped.reason}\n`,
    );
  // Which schemes the run would hold credentials for, resolved once as a run's session does.
  const { availability } = resolveRunCredentials(config, compiled);
  const summaries: PlanSummary[] = [];
  let lines = 0;
  for (const operation of operations) {
    const planned = planFor(operation, { config, compiled, extensions, availability });
    if (!planned.ok) {
      process.stderr.write(`contract plan: skipped ${planned.error.message}\n`);
      continue;
    }
    const plan = planned.value;
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
    for (const line of formatSecuritySummary(
      securitySummary(
        operations.map((o) => o.operation),
        availability,
      ),
    ))
      print(line);
    return EXIT.ok;
  }
  const unsupported = summaries.reduce((sum, summary) => sum + summary.unsupported.length, 0);
  process.stderr.write(
    `contract plan: ${operations.length} operations, ${lines} cases (seed ${config.seed}), ${unsupported} unsupported features (see the plan without --json)\n`,
  );
  return EXIT.ok;
}
