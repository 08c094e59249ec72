import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unwrap } from '../core/result.ts';
import { readBaseline } from '../report/baseline-file.ts';
import { formatDocumentFindings } from '../report/format-document-findings.ts';
import { readNamedResults } from '../report/read-named-results.ts';
import { openSession } from '../run/open-session.ts';
import { readRunConfig, type RunConfig } from '../run/run-config.ts';
import { credentialRedactor } from './credential-redactor.ts';
import type { ExitCode } from './exit-codes.ts';
import { startMockFor } from './mock-spec.ts';
import { finishRun, reportDirOf, type SuiteRun } from './finish-run.ts';
import { runContractSuites } from './run-vitest.ts';

type Print = (line: string) => void;

interface Target {
  url: string;
  /** Variables the suites need to reach it: for the mock, its URL and credentials (unless given). */
  env: Record<string, string>;
  stop: () => Promise<void>;
}

async function targetFor(
  config: RunConfig,
  env: Record<string, string | undefined>,
  print: Print,
): Promise<Target> {
  if (config.baseUrl !== undefined) return { url: config.baseUrl, env: {}, stop: () => Promise.resolve() };
  // The mock serves CONTRACT_SPEC when it is a file (e.g. the Service Accounts family: the key life cycle).
  const mock = await startMockFor(config.spec, print);
  if (!mock.ok) throw mock.error;
  const { url, credentials } = mock.value;
  print(`target: bundled mock at ${url} (set CONTRACT_BASE_URL to test another server)`);
  const mockEnv = {
    CONTRACT_BASE_URL: url,
    CONTRACT_TOKEN: env.CONTRACT_TOKEN || credentials.token,
    CONTRACT_FORBIDDEN_TOKEN: env.CONTRACT_FORBIDDEN_TOKEN || credentials.readOnlyToken,
    CONTRACT_SERVICE_ACCOUNT_ID: env.CONTRACT_SERVICE_ACCOUNT_ID || credentials.serviceAccountId,
  };
  return { url, env: mockEnv, stop: () => mock.value.close() };
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

/** The suites against CONTRACT_BASE_URL, or the bundled mock: their results, redacted once more here. */
export async function runSuites(env: Record<string, string | undefined>, print: Print): Promise<SuiteRun> {
  const given = readRunConfig(env);
  if (!given.ok) throw given.error;
  // Results travel through a private directory: `--report-dir` gets them with the reports afterwards.
  const resultsDir = mkdtempSync(join(tmpdir(), 'contract-'));
  const target = await targetFor(given.value, env, print);
  try {
    // The suites run in vitest workers: everything they need travels in the environment.
    const suiteEnv = {
      ...target.env,
      CONTRACT_SEED: String(given.value.seed),
      CONTRACT_RESULTS_DIR: resultsDir,
    };
    const config = readRunConfig({ ...env, ...suiteEnv });
    if (!config.ok) throw config.error;
    const { warnings } = await preflight(config.value, target.url, print);
    Object.assign(process.env, suiteEnv);
    const suites = await runContractSuites([]);
    const runs = unwrap(readNamedResults(resultsDir));
    const redactor = credentialRedactor(config.value);
    return {
      runs: redactor.redactValue(runs),
      suitesPassed: suites.passed,
      strictWarnings: config.value.strict ? warnings : 0,
      redact: (text) => redactor.redact(text),
    };
  } finally {
    await target.stop();
    rmSync(resultsDir, { recursive: true, force: true });
  }
}

/** `contract run`: the suites against CONTRACT_BASE_URL, or the bundled mock; exit 0, 1 or 2. */
export async function runCommand(env: Record<string, string | undefined>, print: Print): Promise<ExitCode> {
  const file = env.CONTRACT_BASELINE;
  // A wrong baseline is found before any request is sent.
  const baseline = file ? { file, baseline: unwrap(readBaseline(file)) } : undefined;
  const run = await runSuites(env, print);
  return finishRun(run, { reportDir: reportDirOf(env), baseline }, print);
}
