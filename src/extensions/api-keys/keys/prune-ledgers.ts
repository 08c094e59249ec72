import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stopFileName } from './ledger-entry.ts';
import { readLedgers } from './read-ledgers.ts';

/**
 * Deletes the ledgers (and stop files) of runs whose keys are all revoked: what is left is still to do. Sent
 * names do not keep a ledger: the clean-up that prunes has just looked for them in the list.
 */
export function pruneLedgers(dir: string): void {
  const byFile = new Map<string, { runId: string; open: boolean }>();
  for (const key of readLedgers(dir)) {
    const entry = byFile.get(key.file) ?? { runId: key.runId, open: false };
    byFile.set(key.file, { runId: entry.runId, open: entry.open || !key.revoked });
  }
  for (const [file, { runId, open }] of byFile) {
    if (open) continue;
    rmSync(file, { force: true });
    rmSync(join(dir, stopFileName(runId)), { force: true });
  }
}
