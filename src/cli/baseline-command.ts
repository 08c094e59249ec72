import { existsSync } from 'node:fs';
import { ContractError } from '../core/errors.ts';
import { unwrap } from '../core/result.ts';
import { readBaseline, writeBaseline } from '../report/baseline-file.ts';
import { todayUtc } from '../report/calendar-date.ts';
import { allFindings } from '../report/report-input.ts';
import { updateBaseline } from '../report/update-baseline.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { exitCodeOf, finishRun, reportDirOf, type ContractRun } from './finish-run.ts';
import type { CliArguments } from './options.ts';
import { parseExpiry } from './parse-expiry.ts';
import { runInProcess } from './run-command.ts';

export const DEFAULT_BASELINE = 'contract-baseline.json';

const USAGE =
  'contract baseline takes one action: contract baseline update [--baseline FILE] [--expires YYYY-MM-DD] [--note TEXT]';

/** Findings are what this command records: only a run that could not judge the server fails it. */
function recording(run: ContractRun): ExitCode {
  const code = exitCodeOf(run);
  return code === EXIT.error ? code : EXIT.ok;
}

/**
 * `contract baseline update`: a contract run whose findings become the baseline. Entries already there keep
 * their expiry and note, new ones get `--expires` / `--note`, and entries no longer found are dropped.
 */
export async function baselineCommand(
  args: Pick<CliArguments, 'positionals' | 'expires' | 'note'>,
  env: Record<string, string | undefined>,
  print: (line: string) => void,
): Promise<ExitCode> {
  if (args.positionals.length !== 1 || args.positionals[0] !== 'update')
    throw new ContractError('OAC_ERR_USAGE', USAGE);
  const expires = unwrap(parseExpiry(args.expires, todayUtc()));
  const file = env.CONTRACT_BASELINE || DEFAULT_BASELINE;
  const previous = existsSync(file) ? unwrap(readBaseline(file)) : undefined;
  const run = await runInProcess(env, print);
  const exitCode = finishRun(run, { reportDir: reportDirOf(env), exitCode: recording }, print);
  if (exitCode === EXIT.error) {
    print(`Baseline ${file} not updated: the run could not judge the server`);
    return exitCode;
  }
  const { baseline, added, removed } = updateBaseline(previous, allFindings(run), {
    expires,
    note: args.note,
  });
  unwrap(writeBaseline(file, baseline));
  const counts = `${added.length} added, ${removed.length} removed`;
  print(`Baseline ${file} updated: ${baseline.findings.length} known finding(s) (${counts})`);
  return EXIT.ok;
}
