import { ContractError } from '../core/errors.ts';
import { compareRuns } from '../report/compare/compare-runs.ts';
import { formatComparison } from '../report/compare/format-comparison.ts';
import { readRunSnapshot } from '../report/compare/read-run-snapshot.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/**
 * `contract compare OLD NEW`: each a results file, a report.json or a report directory. New findings
 * (regressions) exit 1; fixed and still-failing ones and timing changes are shown but do not fail.
 */
export function compareCommand(
  paths: readonly string[],
  json: boolean,
  print: (line: string) => void,
): ExitCode {
  const [oldPath, newPath, ...extra] = paths;
  if (oldPath === undefined || newPath === undefined || extra.length > 0)
    throw new ContractError('OAC_ERR_USAGE', 'compare takes two arguments: contract compare OLD NEW');
  const old = readRunSnapshot(oldPath);
  if (!old.ok) throw old.error;
  const now = readRunSnapshot(newPath);
  if (!now.ok) throw now.error;
  const comparison = compareRuns(old.value, now.value);
  print(json ? JSON.stringify(comparison, null, 2) : formatComparison(comparison));
  return comparison.newFindings.length > 0 ? EXIT.violations : EXIT.ok;
}
