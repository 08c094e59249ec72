import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../core/result.ts';
import { ledgerFileName, type LedgerEntry } from './ledger-entry.ts';

/**
 * Appends one entry, synchronously so that it is on disk before the request that follows (an interrupt may
 * come at any moment). One short line per append: concurrent writers (the suites) do not interleave.
 */
export function appendLedger(dir: string, entry: LedgerEntry): Result<void> {
  try {
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, ledgerFileName(entry.runId)), `${JSON.stringify(entry)}\n`);
    return ok(undefined);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_REPORT_WRITE', `cannot write the key ledger in ${dir} (${reason})`);
  }
}
