import { appendFileSync, closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../core/result.ts';
import { ledgerFileName, type LedgerEntry } from './ledger-entry.ts';

function writeError(dir: string, error: unknown): Result<never> {
  const reason = error instanceof Error ? error.message : String(error);
  return err('OAC_ERR_REPORT_WRITE', `cannot write the key ledger in ${dir} (${reason})`);
}

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
    return writeError(dir, error);
  }
}

/** One run's ledger, held open: a run appends two or three lines per case. */
export interface LedgerWriter {
  append(entry: LedgerEntry): Result<void>;
  /** Lets the file go; a later append opens it again. */
  close(): void;
}

/**
 * The run's ledger file, opened on the first append and kept open: each append is still one synchronous
 * write (in the file before the request that follows, whatever kills the process next), without opening,
 * creating folders and closing again for each line, which cost more than sending the case.
 */
export function openLedger(dir: string, runId: string): LedgerWriter {
  let fd: number | undefined;
  return {
    append(entry) {
      try {
        if (fd === undefined) {
          mkdirSync(dir, { recursive: true });
          fd = openSync(join(dir, ledgerFileName(runId)), 'a');
        }
        writeSync(fd, `${JSON.stringify(entry)}\n`);
        return ok(undefined);
      } catch (error) {
        return writeError(dir, error);
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
