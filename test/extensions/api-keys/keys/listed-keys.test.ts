import { describe, expect, it } from 'vitest';
import { listedItems } from '../../../../src/extensions/api-keys/keys/listed-items.ts';
import { epochMs, listedRevocation } from '../../../../src/extensions/api-keys/keys/listed-revocation.ts';
import { selectLeftovers } from '../../../../src/extensions/api-keys/keys/leftover-keys.ts';
import type { LedgerKey } from '../../../../src/extensions/api-keys/keys/read-ledgers.ts';
import { newRunId } from '../../../../src/run/run-marker/run-id.ts';
import { runMarker } from '../../../../src/run/run-marker/run-tag.ts';

const NOW = Date.UTC(2026, 10, 27, 12);
const HOUR = 3_600_000;

describe('listedItems', () => {
  it('finds the listed keys wherever the list keeps them', () => {
    const keys = [{ id: 'a' }, { id: 'b' }];
    expect(listedItems({ apiKeys: keys })).toEqual(keys);
    expect(listedItems({ meta: { count: 2 }, data: { items: keys } })).toEqual(keys);
    expect(listedItems(keys)).toEqual(keys);
    expect(listedItems({ tags: ['x'], apiKeys: [] })).toEqual([]);
  });
});

describe('listedRevocation', () => {
  it('reads isRevoked, active flags and revokedAt times', () => {
    expect(listedRevocation({ isRevoked: true })).toBe(true);
    expect(listedRevocation({ revoked: false })).toBe(false);
    expect(listedRevocation({ active: false })).toBe(true);
    expect(listedRevocation({ revokedAt: NOW - 1 }, NOW)).toBe(true);
    expect(listedRevocation({ revokedAt: NOW + HOUR }, NOW)).toBe(false);
    expect(listedRevocation({ revoked_at: '2026-01-01T00:00:00Z' }, NOW)).toBe(true);
    expect(listedRevocation({ name: 'n' })).toBeUndefined();
    expect(epochMs(1_700_000_000)).toBe(1_700_000_000_000);
  });
});

describe('selectLeftovers', () => {
  const oldRun = newRunId(NOW - 3 * HOUR);
  const newRun = newRunId(NOW - 60_000);
  const ledgerKey = (id: string, runId: string, mintedAt: number): LedgerKey => ({
    runId,
    baseUrl: 'http://x',
    id,
    pathParams: { serviceAccountId: 'from-ledger' },
    mintedAt,
    revoked: false,
    file: 'f',
  });
  const items = [
    { id: 'tagged-old', name: `${runMarker(oldRun)}abc`, isRevoked: false },
    { id: 'tagged-new', name: `${runMarker(newRun)}abc`, isRevoked: false },
    { id: 'ledger-old', name: '😀 emoji only', isRevoked: false, createdAt: NOW - 2 * HOUR },
    { id: 'revoked', name: `${runMarker(oldRun)}x`, isRevoked: true },
    { id: 'foreign', name: 'production key', isRevoked: false, createdAt: 0 },
    { id: 'lookalike', name: 'contract-aaaaaaaaaa-x', isRevoked: false },
    { id: 'in-flight', name: 'sent, answer lost', isRevoked: false },
  ];
  const ledger = {
    keys: new Map([['ledger-old', ledgerKey('ledger-old', oldRun, NOW - 2 * HOUR)]]),
    names: new Map([
      [
        'sent, answer lost',
        {
          runId: oldRun,
          baseUrl: 'http://x',
          name: 'sent, answer lost',
          pathParams: { serviceAccountId: 'sent' },
          sentAt: NOW - 2 * HOUR,
        },
      ],
    ]),
  };

  it('takes only keys of contract runs (tag, ledger id or sent name), active, old enough; never others', () => {
    const selection = selectLeftovers(
      items,
      ledger,
      { serviceAccountId: 'sa' },
      { olderThanMs: HOUR, now: NOW },
    );
    expect(selection.leftovers.map((key) => [key.id, key.foundBy, key.pathParams.serviceAccountId])).toEqual([
      ['tagged-old', 'tag', 'sa'],
      ['ledger-old', 'ledger', 'from-ledger'],
      ['in-flight', 'ledger', 'sent'],
    ]);
    expect([selection.young, selection.alreadyRevoked, selection.notOurs]).toEqual([1, 1, 2]);
  });

  it('with a run id, only that run; with no age limit, its young keys too', () => {
    const selection = selectLeftovers(items, ledger, {}, { olderThanMs: 0, runId: newRun, now: NOW });
    expect(selection.leftovers.map((key) => key.id)).toEqual(['tagged-new']);
  });

  it('never takes a key for older than any source says', () => {
    const youngInList = [{ id: 'ledger-old', name: 'n', isRevoked: false, createdAt: NOW - 10_000 }];
    const selection = selectLeftovers(youngInList, ledger, {}, { olderThanMs: HOUR, now: NOW });
    expect(selection.young).toBe(1);
  });
});
