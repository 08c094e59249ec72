import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exchange, HttpClient } from '../../../../src/http/types.ts';
import { createKeyTracker } from '../../../../src/extensions/api-keys/keys/key-tracker.ts';
import { readLedgerNames } from '../../../../src/extensions/api-keys/keys/read-ledger-names.ts';
import { readLedgers } from '../../../../src/extensions/api-keys/keys/read-ledgers.ts';
import { trackMintedKeys } from '../../../../src/extensions/api-keys/keys/track-minted-keys.ts';
import { CLEANUP_TAG } from '../../../../src/run/observing-client.ts';
import { jsonResponse, makeExchange, mintedResponse, SECRET } from '../../../check/helpers.ts';

const RUN_ID = 'abcdefghij';

function tracker(ledgerDir?: string) {
  return createKeyTracker({
    runId: RUN_ID,
    baseUrl: 'http://127.0.0.1:1',
    secretFields: ['value'],
    ledgerDir,
  });
}

const minted = (): Exchange => makeExchange(mintedResponse(), { pathParams: { serviceAccountId: 'sa_1' } });

describe('createKeyTracker', () => {
  it('records every key a 2xx answer mints, once, in memory and in the ledger, never its value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracker-'));
    const keys = tracker(dir);
    keys.observe(minted());
    keys.observe(minted());
    keys.observe(makeExchange(jsonResponse(409, { detail: 'x', status: 409, title: 'Conflict' })));
    keys.observe(makeExchange(undefined));
    expect(keys.minted().map(({ id, name, pathParams }) => ({ id, name, pathParams }))).toEqual([
      { id: 'key-1', name: 'x', pathParams: { serviceAccountId: 'sa_1' } },
    ]);
    const ledger = readLedgers(dir);
    expect(ledger.map((key) => [key.id, key.runId, key.revoked])).toEqual([['key-1', RUN_ID, false]]);
    expect(JSON.stringify(ledger)).not.toContain(SECRET);
    keys.markRevoked('key-1');
    expect(keys.active()).toEqual([]);
    expect(readLedgers(dir)[0]?.revoked).toBe(true);
  });

  it('writes the unique names of a request before it goes out, to find a key whose answer is lost', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tracker-'));
    const keys = tracker(dir);
    const body = { kind: 'json' as const, value: { name: 'contract-abc', other: 1 } };
    keys.sending({ ...minted().case, body, uniqueFields: ['/name'] });
    keys.sending({ ...minted().case, uniqueFields: [] });
    expect(readLedgerNames(dir).map(({ name, runId, pathParams }) => ({ name, runId, pathParams }))).toEqual([
      { name: 'contract-abc', runId: RUN_ID, pathParams: { serviceAccountId: 'sa_1' } },
    ]);
  });

  it('keeps tracking in memory when the ledger cannot be written, and says so once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tracker-')), 'a-file');
    writeFileSync(file, '');
    const keys = tracker(join(file, 'below'));
    keys.observe(minted());
    keys.markRevoked('key-1');
    expect(keys.minted()).toHaveLength(1);
    expect(keys.problems()).toHaveLength(1);
    expect(keys.problems()[0]).toMatch(/^OAC_ERR_REPORT_WRITE: cannot write the key ledger/);
  });

  it('is halted by halt() only (an interrupt of the one process that runs the contract)', () => {
    const keys = tracker(mkdtempSync(join(tmpdir(), 'tracker-')));
    expect(keys.halted()).toBe(false);
    keys.halt();
    expect(keys.halted()).toBe(true);
  });

  it('counts requests with a unique name that got no answer: their keys may exist unseen', () => {
    const keys = tracker();
    const body = { kind: 'json' as const, value: { name: 'n' } };
    keys.observe(makeExchange(undefined, { uniqueFields: ['/name'], body }));
    expect(keys.unanswered()).toBe(1);
  });
});

describe('trackMintedKeys', () => {
  it('tracks what passes through, and holds every request but the clean-up once halted', async () => {
    const keys = tracker();
    const sent: string[] = [];
    const inner: HttpClient = {
      send: (requestCase) => {
        sent.push(requestCase.id);
        return Promise.resolve({ ...minted(), case: requestCase });
      },
      close: () => Promise.resolve(),
    };
    const client = trackMintedKeys(inner, keys);
    await client.send(minted().case);
    expect(keys.minted()).toHaveLength(1);
    keys.halt();
    const held = client.send({ ...minted().case, id: 'held' });
    const cleanup = await client.send({ ...minted().case, id: 'cleanup', tags: [CLEANUP_TAG] });
    expect(cleanup.case.id).toBe('cleanup');
    const settled = await Promise.race([
      held.then(() => 'sent'),
      new Promise((r) => setImmediate(() => r('held'))),
    ]);
    expect(settled).toBe('held');
    expect(sent).toEqual(['op/positive/0', 'cleanup']);
  });
});
