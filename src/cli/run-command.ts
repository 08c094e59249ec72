import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '../mock/start-mock-server.ts';
import { formatDocumentFindings } from '../report/format-document-findings.ts';
import { formatRunSummary } from '../report/format-run-summary.ts';
import { readResultsFiles } from '../report/results-file.ts';
import { openSession } from '../run/open-session.ts';
import { readRunConfig, type RunConfig } from '../run/run-config.ts';
import type { RunResults } from '../run/types.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { runContractSuites } from './run-vitest.ts';

type Print = (line: string) => void;

async function targetFor(
  config: RunConfig,
  print: Print,
): Promise<{ url: string; stop: () => Promise<void> }> {
  if (config.baseUrl !== undefined) return { url: config.baseUrl, stop: () => Promise.resolve() };
  const mock = await startMockServer();
  if (!mock.ok) throw mock.error;
  print(`target: bundled mock at ${mock.value.url} (set CONTRACT_BASE_URL to test another server)`);
  return { url: mock.value.url, stop: () => mock.value.close() };
}

/** Loads the spec and reaches the target once before any suite runs, so errors are one line and exit 2. */
async function preflight(config: RunConfig, baseUrl: string, print: Print): Promise<{ warnings: number }> {
  const session = await openSession(config, baseUrl);
  if (!session.ok) throw session.error;
  const { specChoice, compiled } = session.value;
  print(
    `spec: ${specChoice.source} (${specChoice.chosen}: ${specChoice.why}), sha256 ${compiled.spec.hash.slice(0, 12)}`,
  );
  print(`seed: ${config.seed} (set CONTRACT_SEED=${config.seed} to replay this run)`);
  print(formatDocumentFindings(compiled.findings));
  await session.value.close();
  return { warnings: compiled.findings.filter((finding) => finding.severity === 'warning').length };
}

function exitCodeOf(results: RunResults[], suitesPassed: boolean, strictWarnings: boolean): ExitCode {
  if (results.length === 0 || results.some((result) => result.toolErrors.length > 0)) return EXIT.error;
  if (!suitesPassed && results.every((result) => result.findings.length === 0)) return EXIT.error;
  if (results.some((result) => result.findings.length > 0) || strictWarnings) return EXIT.violations;
  return EXIT.ok;
}

/** `contract run`: the suites against CONTRACT_BASE_URL, or the bundled mock; exit 0, 1 or 2. */
export async function runCommand(env: Record<string, string | undefined>, print: Print): Promise<ExitCode> {
  const configResult = readRunConfig(env);
  if (!configResult.ok) throw configResult.error;
  const reportDir = env.CONTRACT_REPORT_DIR;
  const resultsDir = reportDir ?? mkdtempSync(join(tmpdir(), 'contract-'));
  const config = { ...configResult.value, resultsDir };
  const target = await targetFor(config, print);
  try {
    const { warnings } = await preflight(config, target.url, print);
    Object.assign(process.env, {
      CONTRACT_BASE_URL: target.url,
      CONTRACT_SEED: String(config.seed),
      CONTRACT_RESULTS_DIR: resultsDir,
    });
    const suites = await runContractSuites([]);
    const results = readResultsFiles(resultsDir);
    if (!results.ok) throw results.error;
    for (const result of results.value) print(formatRunSummary(result));
    const code = exitCodeOf(results.value, suites.passed, config.strict && warnings > 0);
    if (config.strict && warnings > 0) print(`--strict: ${warnings} document warning(s) count as violations`);
    return code;
  } finally {
    await target.stop();
    if (reportDir === undefined) rmSync(resultsDir, { recursive: true, force: true });
  }
}
