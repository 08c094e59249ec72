import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../core/result.ts';
import type { RunResults } from '../run/types.ts';
import type { NamedResults } from './report-input.ts';

const SUFFIX = '.results.json';

/** Every suite's `<name>.results.json` in `dir`, with its name (the operation it covers), sorted by name. */
export function readNamedResults(dir: string): Result<NamedResults[]> {
  try {
    const names = readdirSync(dir)
      .filter((name) => name.endsWith(SUFFIX))
      .sort();
    return ok(
      names.map((name) => ({
        name: name.slice(0, -SUFFIX.length),
        results: JSON.parse(readFileSync(join(dir, name), 'utf8')) as RunResults,
      })),
    );
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_REPORT_WRITE', `cannot read results in ${dir}: ${why}`);
  }
}
