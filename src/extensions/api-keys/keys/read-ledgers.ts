import { readLedgerEntries } from './read-ledger-entries.ts';

/** A key as the ledgers know it. */
export interface LedgerKey {
  runId: string;
  baseUrl: string;
  id: string;
  name?: string;
  pathParams: Record<string, string>;
  mintedAt: number;
  revoked: boolean;
  /** The ledger file it was read from. */
  file: string;
}

/** Every key of every ledger in `dir` (none when the directory does not exist), revocations applied. */
export function readLedgers(dir: string): LedgerKey[] {
  const keys = new Map<string, LedgerKey>();
  for (const { entry, file } of readLedgerEntries(dir)) {
    if (entry.event === 'sending') continue;
    const key = `${entry.baseUrl} ${entry.id}`;
    if (entry.event === 'revoked') {
      const known = keys.get(key);
      if (known !== undefined) known.revoked = true;
      continue;
    }
    const { runId, baseUrl, id, name, pathParams, at } = entry;
    keys.set(key, {
      runId,
      baseUrl,
      id,
      name,
      pathParams,
      mintedAt: at,
      revoked: keys.get(key)?.revoked ?? false,
      file,
    });
  }
  return [...keys.values()];
}
