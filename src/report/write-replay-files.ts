import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../core/result.ts';
import type { RunResults } from '../run/types.ts';
import { toReplayFile } from './to-replay-file.ts';

const SUFFIX = '.replay.json';

/** Replay files of an earlier run would name findings this run may not have: they go first. */
function clearOld(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith(SUFFIX)) rmSync(join(dir, name), { force: true });
}

/**
 * One replay file per distinct finding (its group's example), named `<check>-<fingerprint>.replay.json`.
 * Returns the path written for each finding, by fingerprint.
 */
export function writeReplayFiles(dir: string, runs: readonly RunResults[]): Result<Map<string, string>> {
  const written = new Map<string, string>();
  try {
    clearOld(dir);
    for (const results of runs) {
      for (const group of results.findings) {
        const file = toReplayFile(group, results);
        if (file === undefined) continue;
        const path = join(dir, `${group.check}-${file.finding.fingerprint}${SUFFIX}`);
        writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
        written.set(file.finding.fingerprint, path);
      }
    }
    return ok(written);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_REPORT_WRITE', `cannot write replay files in ${dir}: ${why}`);
  }
}
