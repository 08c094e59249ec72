import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LedgerEntry } from './ledger-entry.ts';

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

const LEDGER_FILE = /^ledger-[0-9a-z]+\.jsonl$/;

function parseLine(line: string): LedgerEntry | undefined {
  try {
    const entry = JSON.parse(line) as Partial<LedgerEntry> | null;
    if (entry === null || typeof entry.id !== 'string' || typeof entry.baseUrl !== 'string') return undefined;
    return entry.event === 'minted' || entry.event === 'revoked' ? (entry as LedgerEntry) : undefined;
  } catch {
    // A line cut by a crash: the others still count.
    return undefined;
  }
}

function apply(keys: Map<string, LedgerKey>, entry: LedgerEntry, file: string): void {
  const key = `${entry.baseUrl} ${entry.id}`;
  if (entry.event === 'revoked') {
    const known = keys.get(key);
    if (known !== undefined) known.revoked = true;
    return;
  }
  const { runId, baseUrl, id, name, pathParams, at } = entry;
  const revoked = keys.get(key)?.revoked ?? false;
  keys.set(key, { runId, baseUrl, id, name, pathParams, mintedAt: at, revoked, file });
}

/** Every key of every ledger in `dir` (none when the directory does not exist), revocations applied. */
export function readLedgers(dir: string): LedgerKey[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => LEDGER_FILE.test(file));
  } catch {
    return [];
  }
  const keys = new Map<string, LedgerKey>();
  for (const file of files.sort()) {
    const path = join(dir, file);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const entry = line.trim() === '' ? undefined : parseLine(line);
      if (entry !== undefined) apply(keys, entry, path);
    }
  }
  return [...keys.values()];
}
