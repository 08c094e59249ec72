import { isAbsolute, relative } from 'node:path';
import { unwrap } from '../core/result.ts';
import type { Baseline } from '../report/baseline-file.ts';
import { todayUtc } from '../report/calendar-date.ts';
import { compareBaseline, type BaselineVerdict } from '../report/compare-baseline.ts';
import { findingFingerprint } from '../report/finding-fingerprint.ts';
import { formatBaselineVerdict } from '../report/format-baseline-verdict.ts';
import { formatRunSummary } from '../report/format-run-summary.ts';
import { allFindings, type NamedResults } from '../report/report-input.ts';
import { reproduceLines } from '../report/reproduce-lines.ts';
import { writeRunReports, type WrittenReports } from '../report/write-run-reports.ts';
import type { FindingGroup } from '../run/types.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/** What a contract run left behind: its results (redacted) and --strict's verdict. */
export interface ContractRun {
  runs: NamedResults[];
  /** Document warnings that count as violations (`--strict`), else 0. */
  strictWarnings: number;
  /** Masks the credentials the CLI knows, in anything it prints. */
  redact: (text: string) => string;
}

type Print = (line: string) => void;

/** Where reports go: `--report-dir` / CONTRACT_REPORT_DIR, else `reports` in the working directory. */
export function reportDirOf(env: Record<string, string | undefined>): string {
  return env.CONTRACT_REPORT_DIR || 'reports';
}

/** 2 when the run could not judge the server; else 1 on violations (with a baseline: its verdict). */
export function exitCodeOf(run: ContractRun, verdict?: BaselineVerdict): ExitCode {
  const results = run.runs.map((named) => named.results);
  if (results.some((result) => result.toolErrors.length > 0)) return EXIT.error;
  const findings = results.some((result) => result.findings.length > 0);
  const violations = verdict === undefined ? findings : !verdict.passed;
  return violations || run.strictWarnings > 0 ? EXIT.violations : EXIT.ok;
}

/** Relative to the working directory when inside it, so the printed command can be pasted as is. */
function shown(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') || isAbsolute(near) ? path : near;
}

function baselineLabel(verdict: BaselineVerdict | undefined, group: FindingGroup): string | undefined {
  if (verdict === undefined) return undefined;
  const fingerprint = findingFingerprint(group);
  const match = (item: { group: FindingGroup }): boolean => findingFingerprint(item.group) === fingerprint;
  const known = verdict.known.find(match);
  if (known !== undefined) return `known${known.entry.expires ? ` (until ${known.entry.expires})` : ''}`;
  const expired = verdict.expired.find(match);
  return expired !== undefined ? `EXPIRED on ${expired.entry.expires ?? '?'}` : 'NEW (not in the baseline)';
}

export interface FinishOptions {
  reportDir: string;
  baseline?: { file: string; baseline: Baseline };
  /** Decides the exit code instead of the findings (e.g. `baseline update` succeeds when it wrote). */
  exitCode?: (run: ContractRun, verdict?: BaselineVerdict) => ExitCode;
}

/** The console's end of a run: the summary with how to reproduce each problem, then verdicts. */
function printSummary(
  run: ContractRun,
  written: WrittenReports,
  baseline: { file: string; verdict: BaselineVerdict } | undefined,
  print: Print,
): void {
  const under = (group: FindingGroup): string[] => {
    const replay = written.replayFiles.get(findingFingerprint(group));
    const replayFile = replay === undefined ? undefined : shown(replay);
    return reproduceLines(group, { replayFile, baseline: baselineLabel(baseline?.verdict, group) });
  };
  for (const { results } of run.runs) print(formatRunSummary(results, { under }));
  if (baseline !== undefined) print(formatBaselineVerdict(baseline.file, baseline.verdict));
  if (run.strictWarnings > 0)
    print(`--strict: ${run.strictWarnings} document warning(s) count as violations`);
  const files = [written.junit, written.json, written.markdown].map(shown).join(', ');
  print(`Reports: ${files}, ${written.replayFiles.size} replay file(s)`);
}

/**
 * After the run: judges the findings (against the baseline when given), writes every report, and prints
 * one line per distinct problem, most severe first, each with its replay file and curl command.
 */
export function finishRun(run: ContractRun, options: FinishOptions, printLine: Print): ExitCode {
  const given = options.baseline;
  const verdict = given && compareBaseline(given.baseline, allFindings(run), todayUtc());
  const baseline = given && verdict && { file: given.file, verdict };
  const exitCode = (options.exitCode ?? exitCodeOf)(run, verdict);
  const written = unwrap(writeRunReports(options.reportDir, { runs: run.runs, exitCode, baseline }));
  printSummary(run, written, baseline, (line) => printLine(run.redact(line)));
  return exitCode;
}
