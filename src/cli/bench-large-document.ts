import { existsSync } from 'node:fs';
import { packagePath } from '../core/package-root.ts';
import { unwrap } from '../core/result.ts';
import { buildCasePlan } from '../generate/build-case-plan.ts';
import { compileSpec } from '../schema/compile-spec.ts';
import { loadSpec } from '../spec/load-spec.ts';

/** GitHub's published document (13 MB, ~1200 operations), from the @octokit/openapi package. */
const GITHUB = packagePath('node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');

const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(2)} s`;

/**
 * How long a large document takes to load (read, parse, validate, list), to compile (its schemas prepared;
 * validators compile on first use) and to plan (every operation's full plan: boundary values, mutations
 * checked with the oracle, request-level, credential and resource cases), and the peak memory after.
 * CONTRACT_BENCH_SPEC chooses another document.
 */
export async function benchLargeDocument(
  env: Record<string, string | undefined>,
  print: (line: string) => void,
): Promise<void> {
  const source = env.CONTRACT_BENCH_SPEC || GITHUB;
  if (!existsSync(source) && !/^https?:/.test(source)) {
    print(`large document: skipped (${source} is not there: npm ci installs it)`);
    return;
  }
  const started = performance.now();
  const spec = unwrap(await loadSpec(source));
  const loaded = performance.now();
  const compiled = unwrap(compileSpec(spec));
  const prepared = performance.now();
  let cases = 0;
  for (const operation of compiled.operations) {
    const plan = buildCasePlan(operation, { fixedPathParams: {}, seed: 1 });
    cases += plan.coverage.length + plan.request.length + plan.auth.length + plan.resource.length;
  }
  const planned = performance.now();
  print(`large document: ${spec.title} ${spec.version} (${compiled.operations.length} operations)`);
  print(
    `  load ${seconds(started, loaded)}, compile ${seconds(loaded, prepared)}, plan every operation ${seconds(prepared, planned)} (${cases} deterministic cases), total ${seconds(started, planned)}`,
  );
  print(`  peak memory (max RSS) so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
}
