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

/** The report directory, and each suite's results in it (earlier results there would be mistaken for these). */
function prepare(dir: string, input: Pick<ReportInput, 'runs'>): Result<void> {
  try {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.endsWith('.results.json')) rmSync(join(dir, name));
  } catch (error) {
    return err('OAC_ERR_REPORT_WRITE', `cannot create report directory ${dir}: ${String(error)}`);
  }
  for (const run of input.runs) {
    const written = writeResultsFile(dir, run.name, run.results);
    if (!written.ok) return written;
  }
  return ok(undefined);
}

/**
 * Writes every report of a run into `dir`: `replays/*.replay.json` (one per distinct finding), each suite's
 * `<name>.results.json`, `junit.xml`, `report.json` and `summary.md`. The input must be redacted already.
 */
export function writeRunReports(
  dir: string,
  input: Omit<ReportInput, 'replayFiles'>,
): Result<WrittenReports> {
  const prepared = prepare(dir, input);
  if (!prepared.ok) return prepared;
  const replays = writeReplayFiles(
    join(dir, 'replays'),
    input.runs.map((run) => run.results),
  );
  if (!replays.ok) return replays;
  const full: ReportInput = { ...input, replayFiles: replays.value };
  const report = buildJsonReport(full, dir);
  const junit = write(join(dir, 'junit.xml'), formatJunitReport(full));
  const json = write(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = write(join(dir, 'summary.md'), formatMarkdownSummary(full, report, dir));
  if (!junit.ok) return junit;
  if (!json.ok) return json;
  if (!markdown.ok) return markdown;
  return ok({ junit: junit.value, json: json.value, markdown: markdown.value, replayFiles: replays.value });
}
