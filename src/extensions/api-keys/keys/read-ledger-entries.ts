import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LedgerEntry } from './ledger-entry.ts';

const LEDGER_FILE = /^ledger-[0-9a-z]+\.jsonl$/;

function parseLine(line: string): LedgerEntry | undefined {
  try {
    const entry = JSON.parse(line) as Record<string, unknown> | null;
    if (entry === null || typeof entry['baseUrl'] !== 'string') return undefined;
    if (entry['event'] === 'sending')
      return Array.isArray(entry['names']) ? (entry as LedgerEntry) : undefined;
    const known = entry['event'] === 'minted' || entry['event'] === 'revoked';
    return known && typeof entry['id'] === 'string' ? (entry as LedgerEntry) : undefined;
  } catch {
    // A line cut by a crash: the others still count.
    return undefined;
  }
}

/** Every entry of every ledger file in `dir`, in file then line order; none when `dir` does not exist. */
export function readLedgerEntries(dir: string): { entry: LedgerEntry; file: string }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => LEDGER_FILE.test(file));
  } catch {
    return [];
  }
  return files.sort().flatMap((name) => {
    const file = join(dir, name);
    return readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line) => {
        const entry = line.trim() === '' ? undefined : parseLine(line);
        return entry === undefined ? [] : [{ entry, file }];
      });
  });
}
