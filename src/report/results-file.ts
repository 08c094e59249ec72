import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../core/result.ts';
import type { RunResults } from '../run/types.ts';

const SUFFIX = '.results.json';

/** Each suite file writes its results here; the CLI reads them all to decide the exit code. */
export function writeResultsFile(dir: string, name: string, results: RunResults): Result<string> {
  const path = join(dir, `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}${SUFFIX}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
    return ok(path);
  } catch (error) {
    return err(
      'OAC_ERR_REPORT_WRITE',
      `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
