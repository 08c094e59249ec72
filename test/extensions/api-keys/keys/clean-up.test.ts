import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../../src/core/result.ts';
import { startMockServer } from '../../../../src/mock/start-mock-server.ts';
import { cleanUpLeftovers } from '../../../../src/extensions/api-keys/keys/clean-up-leftovers.ts';
import { newRunId } from '../../../../src/run/run-marker/run-id.ts';
import { runMarker } from '../../../../src/run/run-marker/run-tag.ts';
import { revokeRunKeys } from '../../../../src/extensions/api-keys/keys/revoke-run-keys.ts';
import { describeCleanup } from '../../../../src/extensions/api-keys/keys/describe-cleanup.ts';
import { apiKeysExtension } from '../../../../src/extensions/api-keys/api-keys-extension.ts';
import { openSession } from '../../../../src/run/open-session.ts';
import { planOperation } from '../../../../src/run/plan-operation.ts';
import { readRunConfig } from '../../../../src/run/run-config.ts';
import { runCases } from '../../../../src/run/run-cases.ts';
import { create, uniqueName } from '../../../mock/support.ts';
import { activeKeys, familyRun } from '../lifecycle/support.ts';

const HOUR = 3_600_000;

describe('revokeRunKeys (end of run)', () => {
  it('revokes every key the run minted, with a ledger of it, and a list shows none active', async () => {
    const ledgerDir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const run = await familyRun([], { CONTRACT_LEDGER_DIR: ledgerDir, CONTRACT_RUNS: '30' });
    try {
      const { plan } = unwrap(planOperation(run.session, 'createServiceAccountApiKey'));
      await runCases(run.session, [...plan.coverage, ...plan.request]);
      const minted = run.keys.minted().length;
      expect(minted).toBeGreaterThan(5);
      expect(run.mock.state.keys(run.mock.credentials.serviceAccountId)).toHaveLength(minted);
      expect(readdirSync(ledgerDir)).toEqual([`ledger-${run.session.config.runId ?? ''}.jsonl`]);
      const report = await revokeRunKeys(run.session, run.keys);
      expect(report).toMatchObject({ minted, revoked: minted, failed: [], stillActive: [] });
      expect(activeKeys(run.mock)).toEqual([]);
      expect(describeCleanup(report)).toBe(
        `clean-up: revoked ${minted} key(s); ${minted} created by this run; the list shows none of them active`,
      );
    } finally {
      await run.close();
    }
  });

  it('says which keys stay active when the document has no revoke operation', async () => {
    const mock = unwrap(await startMockServer());
    try {
      const config = unwrap(
        readRunConfig({ CONTRACT_BASE_URL: mock.url, CONTRACT_TOKEN: mock.credentials.token }),
      );
      const extension = apiKeysExtension();
      const session = unwrap(await openSession(config, mock.url, [extension]));
      const { plan } = unwrap(planOperation(session, 'createServiceAccountApiKey'));
      await runCases(session, plan.coverage.slice(0, 5));
      const keys = extension.tracker();
      if (keys === undefined) throw new Error('no key tracker');
      const report = await revokeRunKeys(session, keys);
      expect(report.revoked).toBe(0);
      expect(report.unrevocable).toMatch(/declares no operation to revoke a key/);
      expect(describeCleanup(report)).toMatch(/^clean-up: \d+ key\(s\) this run created remain active: /);
      await session.close();
    } finally {
      await mock.close();
    }
  });
});

describe('cleanUpLeftovers (contract cleanup)', () => {
  it('revokes old keys of contract runs, by tag or ledger, and never any other key', async () => {
    const ledgerDir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const earlier = await familyRun([], { CONTRACT_LEDGER_DIR: ledgerDir });
    const { mock } = earlier;
    try {
      const { plan } = unwrap(planOperation(earlier.session, 'createServiceAccountApiKey'));
      await runCases(earlier.session, plan.coverage);
      const fromLedger = earlier.keys.minted().map((key) => key.id);
      const oldTag = `${runMarker(newRunId(Date.now() - 3 * HOUR))}by-tag-only`;
      const tagged = await create(mock, { name: oldTag });
      const foreign = await create(mock, { name: uniqueName('production') });
      const lookalike = await create(mock, { name: 'contract-aaaaaaaaaa-mine' });
      const idOf = (answer: typeof tagged) => (answer.json as { apiKey: { id: string } }).apiKey.id;

      // The server says they were all made just now: none is an hour old.
      const young = unwrap(await cleanUpLeftovers(earlier.session, { olderThanMs: HOUR, ledgerDir }));
      expect(young.revoked).toEqual([]);
      expect(young.young).toBe(fromLedger.length + 1);

      const all = unwrap(await cleanUpLeftovers(earlier.session, { olderThanMs: 0, ledgerDir }));
      expect(all.revoked.map((key) => key.id).sort()).toEqual([...fromLedger, idOf(tagged)].sort());
      expect(all.revoked.find((key) => key.id === idOf(tagged))?.foundBy).toBe('tag');
      expect(activeKeys(mock).sort()).toEqual([idOf(foreign), idOf(lookalike)].sort());
      expect(all.notOurs).toBe(2);
      // Nothing of that run is left to revoke: its ledger is gone.
      expect(readdirSync(ledgerDir)).toEqual([]);
    } finally {
      await earlier.close();
    }
  });

  it('with a run id, revokes that run’s keys only', async () => {
    const ledgerDir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const run = await familyRun([], { CONTRACT_LEDGER_DIR: ledgerDir });
    try {
      const other = `${runMarker(newRunId(Date.now() - 3 * HOUR))}another-run`;
      await create(run.mock, { name: other });
      const { plan } = unwrap(planOperation(run.session, 'createServiceAccountApiKey'));
      await runCases(run.session, plan.coverage.slice(0, 6));
      const options = { olderThanMs: 0, ledgerDir, runId: run.session.config.runId };
      const report = unwrap(await cleanUpLeftovers(run.session, options));
      expect(report.revoked.length).toBe(run.keys.minted().length);
      expect(activeKeys(run.mock)).toHaveLength(1);
    } finally {
      await run.close();
    }
  });
});
