import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendLedger, openLedger } from '../../../../src/extensions/api-keys/keys/append-ledger.ts';
import { ledgerFileName, stopFileName } from '../../../../src/extensions/api-keys/keys/ledger-entry.ts';
import { pruneLedgers } from '../../../../src/extensions/api-keys/keys/prune-ledgers.ts';
import { readLedgers } from '../../../../src/extensions/api-keys/keys/read-ledgers.ts';

const baseUrl = 'http://127.0.0.1:1';
const minted = (runId: string, id: string) =>
  ({
    event: 'minted',
    runId,
    baseUrl,
    id,
    name: `n-${id}`,
    pathParams: { serviceAccountId: 'sa' },
    at: 5,
  }) as const;

describe('key ledgers', () => {
  it('read back what was appended, revocations applied, a torn line skipped', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'nested');
    expect(appendLedger(dir, minted('run0000001', 'k1')).ok).toBe(true);
    appendLedger(dir, minted('run0000001', 'k2'));
    appendLedger(dir, { event: 'revoked', runId: 'run0000001', baseUrl, id: 'k1', at: 6 });
    writeFileSync(join(dir, ledgerFileName('run0000002')), '{"event":"minted","id":\n');
    const keys = readLedgers(dir);
    expect(keys.map(({ id, revoked, name, mintedAt }) => ({ id, revoked, name, mintedAt }))).toEqual([
      { id: 'k1', revoked: true, name: 'n-k1', mintedAt: 5 },
      { id: 'k2', revoked: false, name: 'n-k2', mintedAt: 5 },
    ]);
    expect(readLedgers(join(dir, 'missing'))).toEqual([]);
  });

  it('answers a write error as a value', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'a-file');
    writeFileSync(file, '');
    const written = appendLedger(join(file, 'below'), minted('run0000001', 'k1'));
    expect(!written.ok && written.error.code).toBe('OAC_ERR_REPORT_WRITE');
  });

  it('prunes the ledgers (and stop files) of runs with nothing left to revoke', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    appendLedger(dir, minted('done000001', 'k1'));
    appendLedger(dir, { event: 'revoked', runId: 'done000001', baseUrl, id: 'k1', at: 6 });
    writeFileSync(join(dir, stopFileName('done000001')), 'SIGINT\n');
    appendLedger(dir, minted('open000001', 'k2'));
    pruneLedgers(dir);
    expect(readdirSync(dir)).toEqual([ledgerFileName('open000001')]);
    expect(existsSync(join(dir, stopFileName('done000001')))).toBe(false);
  });

  it('a run writes through one open ledger: every line on disk at once, again after close', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'nested');
    const ledger = openLedger(dir, 'held000001');
    expect(readdirSync(dirname(dir))).toEqual([]);
    expect(ledger.append(minted('held000001', 'k1')).ok).toBe(true);
    // Read while still open: nothing waits in a buffer.
    expect(readLedgers(dir).map((key) => key.id)).toEqual(['k1']);
    ledger.close();
    ledger.append({ event: 'revoked', runId: 'held000001', baseUrl, id: 'k1', at: 6 });
    ledger.close();
    ledger.close();
    expect(readLedgers(dir).map(({ id, revoked }) => ({ id, revoked }))).toEqual([
      { id: 'k1', revoked: true },
    ]);
  });

  it('an open ledger answers a write error as a value', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'a-file');
    writeFileSync(file, '');
    const written = openLedger(join(file, 'below'), 'run0000001').append(minted('run0000001', 'k1'));
    expect(!written.ok && written.error.code).toBe('OAC_ERR_REPORT_WRITE');
  });
});
