import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../core/result.ts';
import { buildJsonReport } from './json-report.ts';
import { formatJunitReport } from './junit-report.ts';
import { formatMarkdownSummary } from './markdown-summary.ts';
import type { ReportInput } from './report-input.ts';
import { writeResultsFile } from './results-file.ts';
import { writeReplayFiles } from './write-replay-files.ts';

export interface WrittenReports {
  junit: string;
  json: string;
  markdown: string;
  /** Absolute replay file path of each finding, by fingerprint. */
  replayFiles: ReadonlyMap<string, string>;
}

function write(path: string, text: string): Result<string> {
  try {
    writeFileSync(path, text);
    return ok(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_REPORT_WRITE', `cannot write ${path}: ${why}`);
  }
}

/**
 * Writes every report of a run into `dir`: `replays/*.replay.json` (one per distinct finding), each suite's
 * `<name>.results.json`, `junit.xml`, `report.json` and `summary.md`. The input must be redacted already.
 */
export function writeRunReports(
  dir: string,
  input: Omit<ReportInput, 'replayFiles'>,
): Result<WrittenReports> {
  try {
    mkdirSync(dir, { recursive: true });
    // Results of an earlier run in the same directory would be mistaken for this run's.
    for (const name of readdirSync(dir)) if (name.endsWith('.results.json')) rmSync(join(dir, name));
  } catch (error) {
    return err('OAC_ERR_REPORT_WRITE', `cannot create report directory ${dir}: ${String(error)}`);
  }
  const replays = writeReplayFiles(
    join(dir, 'replays'),
    input.runs.map((run) => run.results),
  );
  if (!replays.ok) return replays;
  for (const run of input.runs) {
    const written = writeResultsFile(dir, run.name, run.results);
    if (!written.ok) return written;
  }
  const full: ReportInput = { ...input, replayFiles: replays.value };
  const report = buildJsonReport(full, dir);
  const files = [
    write(join(dir, 'junit.xml'), formatJunitReport(full)),
    write(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`),
    write(join(dir, 'summary.md'), formatMarkdownSummary(full, report, dir)),
  ];
  for (const file of files) if (!file.ok) return file;
  const [junit, json, markdown] = files.map((file) => (file.ok ? file.value : ''));
  return ok({ junit: junit ?? '', json: json ?? '', markdown: markdown ?? '', replayFiles: replays.value });
}
