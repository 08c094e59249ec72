import { accessSync, constants, mkdirSync } from 'node:fs';
import { ContractError } from '../core/errors.ts';
import { unwrap } from '../core/result.ts';
import { defaultExtensions } from '../extensions/default-extensions.ts';
import { readBaseline } from '../report/baseline-file.ts';
import { runContract } from '../run/run-contract.ts';
import { consoleSink } from './console-sink.ts';
import { credentialRedactor } from './credential-redactor.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { exitCodeOf, finishRun, reportDirOf, type ContractRun } from './finish-run.ts';
import { targetFor } from './contract-target.ts';

type Env = Record<string, string | undefined>;
type Print = (line: string) => void;

const SIGNAL_EXIT = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated } as const;

/** Every place the run writes is checked before the first request: a run on staging must not fail late. */
function ensureWritable(dir: string, what: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContractError(
      'OAC_ERR_REPORT_WRITE',
      `${what} ${dir} is not writable (${why}); nothing was sent`,
    );
  }
}

/**
 * Ctrl-C / SIGTERM stop the run: nothing more is sent but the clean-up, then the process ends. A second one
 * ends it at once, saying what the cut clean-up may have left and how to finish it.
 */
function interruptOn(controller: AbortController, print: Print, runId: string | undefined) {
  let signal: keyof typeof SIGNAL_EXIT | undefined;
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = (): void => {
      if (signal !== undefined) {
        const finish = runId === undefined ? 'contract cleanup' : `contract cleanup --run-id ${runId}`;
        print(
          `contract: interrupted again (${name}); the clean-up was cut short: what the run created may remain (its keys: \`${finish}\`)`,
        );
        process.exit(SIGNAL_EXIT[name]);
      }
      signal = name;
      print(
        `contract: interrupted (${name}); halting the run and cleaning up what it created (interrupt again to stop at once)`,
      );
      controller.abort();
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    exitCode: (): ExitCode | undefined => (signal === undefined ? undefined : SIGNAL_EXIT[signal]),
    signal: () => signal,
    release: () => handlers.forEach(([name, handler]) => process.off(name, handler)),
  };
}

/** The contract, in this process, against CONTRACT_BASE_URL or the bundled mock: its results, redacted. */
export async function runInProcess(
  env: Env,
  print: Print,
): Promise<ContractRun & { interrupted?: ExitCode }> {
  const reportDir = reportDirOf(env);
  ensureWritable(reportDir, 'report directory');
  const target = await targetFor(env, print);
  const { config } = target;
  if (config.ledgerDir !== undefined) ensureWritable(config.ledgerDir, 'key ledger directory');
  const controller = new AbortController();
  const interrupt = interruptOn(
    controller,
    print,
    config.disposableTarget === true ? undefined : config.runId,
  );
  try {
    const redactor = credentialRedactor(config);
    const sink = consoleSink((line) => print(redactor.redact(line)));
    const extensions = defaultExtensions();
    const results = unwrap(
      await runContract(config, { baseUrl: target.url, extensions, sink, signal: controller.signal }),
    );
    // The reports of a cut run say so: an error record (JUnit <error>, report.json) and the signal's exit code.
    const stoppedBy = interrupt.signal();
    if (stoppedBy !== undefined)
      results.toolErrors.push({
        code: 'OAC_ERR_INTERRUPTED',
        message: `interrupted by ${stoppedBy} after ${results.cases} case(s); the run's clean-up ran`,
      });
    const strictWarnings = config.strict
      ? results.documentFindings.filter((finding) => finding.severity === 'warning').length
      : 0;
    return {
      runs: [{ name: 'contract', results: redactor.redactValue(results) }],
      strictWarnings,
      redact: (text) => redactor.redact(text),
      interrupted: interrupt.exitCode(),
    };
  } finally {
    interrupt.release();
    await target.stop();
  }
}

/** `contract run`: the contract against CONTRACT_BASE_URL, or the bundled mock; exit 0, 1 or 2 (130 on Ctrl-C). */
export async function runCommand(env: Env, print: Print): Promise<ExitCode> {
  const file = env.CONTRACT_BASELINE;
  // A wrong baseline is found before any request is sent.
  const baseline = file ? { file, baseline: unwrap(readBaseline(file)) } : undefined;
  const run = await runInProcess(env, print);
  const exitCode = finishRun(
    run,
    { reportDir: reportDirOf(env), baseline, exitCode: (r, v) => run.interrupted ?? exitCodeOf(r, v) },
    print,
  );
  // A run the tool could not finish (target failing, a broken check) ends like every tool error: one line.
  const [toolError] = run.runs.flatMap((named) => named.results.toolErrors);
  if (toolError !== undefined && run.interrupted === undefined)
    process.stderr.write(`contract: ${run.redact(`${toolError.code}: ${toolError.message}`)}\n`);
  return run.interrupted ?? exitCode;
}
