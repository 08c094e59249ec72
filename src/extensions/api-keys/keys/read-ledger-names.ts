import { readLedgerEntries } from './read-ledger-entries.ts';

/** A unique name a run sent in a request that may have minted a key. */
export interface LedgerName {
  runId: string;
  baseUrl: string;
  name: string;
  pathParams: Record<string, string>;
  sentAt: number;
}

/**
 * The unique names the runs sent (`sending` entries): they find a key whose answer never arrived (the
 * process was killed in between), by its name in the list.
 */
export function readLedgerNames(dir: string): LedgerName[] {
  return readLedgerEntries(dir).flatMap(({ entry }) =>
    entry.event === 'sending'
      ? entry.names.map((name) => ({
          runId: entry.runId,
          baseUrl: entry.baseUrl,
          name,
          pathParams: entry.pathParams,
          sentAt: entry.at,
        }))
      : [],
  );
}
