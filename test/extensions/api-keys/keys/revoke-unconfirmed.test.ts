import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../../src/core/result.ts';
import { describeCleanup } from '../../../../src/extensions/api-keys/keys/describe-cleanup.ts';
import { findKeyOperations } from '../../../../src/extensions/api-keys/keys/find-key-operations.ts';
import { ledgerFileName } from '../../../../src/extensions/api-keys/keys/ledger-entry.ts';
import { revokeKeys, type KeyRef } from '../../../../src/extensions/api-keys/keys/revoke-keys.ts';
import { revokeRunKeys } from '../../../../src/extensions/api-keys/keys/revoke-run-keys.ts';
import type { RequestCase } from '../../../../src/generate/types.ts';
import type { Exchange, HttpClient } from '../../../../src/http/types.ts';
import { MOCK_DEFAULTS } from '../../../../src/mock/defaults.ts';
import { planOperation } from '../../../../src/run/plan-operation.ts';
import { runCases } from '../../../../src/run/run-cases.ts';
import { compileSpec } from '../../../../src/schema/compile-spec.ts';
import { loadSpec } from '../../../../src/spec/load-spec.ts';
import { familyRun } from '../lifecycle/support.ts';

const ACCOUNT = { serviceAccountId: 'sa_1' };
const KEYS: KeyRef[] = [
  { id: 'k1', pathParams: ACCOUNT },
  { id: 'k2', pathParams: ACCOUNT },
];

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Revocations answer 404; the list answers `list` (once per account is enough). */
function server(list: Answer): { client: HttpClient; sent: RequestCase[] } {
  const sent: RequestCase[] = [];
  const client: HttpClient = {
    send: (requestCase) => {
      sent.push(requestCase);
      const answer = requestCase.operationId.startsWith('list') ? list : { status: 404 };
      const json = answer.body === undefined ? undefined : { ok: true, value: answer.body };
      const response = { status: answer.status, headers: answer.headers ?? {}, json };
      return Promise.resolve({ case: requestCase, response } as unknown as Exchange);
    },
    close: () => Promise.resolve(),
  };
  return { client, sent };
}

async function familyOps() {
  const compiled = unwrap(compileSpec(unwrap(await loadSpec(MOCK_DEFAULTS.familySpecPath))));
  const ops = findKeyOperations(compiled, ['value']);
  if (ops?.revoke === undefined || ops.keyParam === undefined || ops.list === undefined)
    throw new Error('the family document lost an operation');
  return { operation: ops.revoke, keyParam: ops.keyParam, list: ops.list };
}

async function revokeAgainst(list: Answer | undefined) {
  const ops = await familyOps();
  const { client, sent } = server(list ?? { status: 500 });
  const sender = { client, availability: { valid: [], forbidden: [] } };
  const revoke = list === undefined ? { operation: ops.operation, keyParam: ops.keyParam } : ops;
  return { outcome: await revokeKeys(sender, revoke, KEYS, 2), sent };
}

describe('revokeKeys: a 404 is not "already gone" for a key the run minted', () => {
  it('without a list operation, the keys are unconfirmed, not revoked', async () => {
    const { outcome } = await revokeAgainst(undefined);
    expect(outcome.done).toEqual([]);
    expect(outcome.unconfirmed.map((u) => u.id)).toEqual(['k1', 'k2']);
    expect(outcome.unconfirmed[0]?.outcome).toMatch(/404, not confirmed: .*no operation to list/);
  });

  it('a list that fails confirms nothing (one list per account)', async () => {
    const { outcome, sent } = await revokeAgainst({ status: 404 });
    expect(outcome.done).toEqual([]);
    expect(outcome.unconfirmed.map((u) => u.outcome)).toEqual([
      'answered 404, not confirmed: the list answered 404',
      'answered 404, not confirmed: the list answered 404',
    ]);
    expect(sent.filter((c) => c.operationId.startsWith('list'))).toHaveLength(1);
  });

  it('a key the list shows active, or shows without saying, is not done; one shown revoked is', async () => {
    const body = {
      apiKeys: [
        { id: 'k1', isRevoked: false },
        { id: 'k2', revokedAt: 1 },
      ],
    };
    const { outcome } = await revokeAgainst({ status: 200, body });
    expect(outcome.done).toEqual(['k2']);
    expect(outcome.unconfirmed).toEqual([
      { id: 'k1', outcome: 'answered 404, not confirmed: the list shows it active' },
    ]);
    const bare = await revokeAgainst({ status: 200, body: [{ id: 'k1' }, { id: 'k2' }] });
    expect(bare.outcome.unconfirmed.map((u) => u.outcome)).toEqual([
      'answered 404, not confirmed: the list shows it, not whether it is revoked',
      'answered 404, not confirmed: the list shows it, not whether it is revoked',
    ]);
  });

  it('a key absent from a complete list is gone; absent from one page of several, it is not certain', async () => {
    const empty = await revokeAgainst({ status: 200, body: { apiKeys: [] } });
    expect(empty.outcome.done).toEqual(['k1', 'k2']);
    const other = await revokeAgainst({ status: 200, body: { data: [{ id: 'k9', isRevoked: false }] } });
    expect(other.outcome.done).toEqual(['k1', 'k2']);
    const paged = await revokeAgainst({
      status: 200,
      body: { data: [{ id: 'k9', isRevoked: false }], nextCursor: 'abc' },
    });
    expect(paged.outcome.done).toEqual([]);
    expect(paged.outcome.unconfirmed[0]?.outcome).toMatch(/may not show every key/);
    const linked = await revokeAgainst({
      status: 200,
      body: [{ id: 'k9' }],
      headers: { link: '</keys?page=2>; rel="next"' },
    });
    expect(linked.outcome.done).toEqual([]);
    const unreadable = await revokeAgainst({ status: 200, body: { total: 3 } });
    expect(unreadable.outcome.done).toEqual([]);
    // Keys it cannot read (no `id`): their absence says nothing.
    const foreign = await revokeAgainst({ status: 200, body: { keys: [{ keyId: 'k1' }], tags: [] } });
    expect(foreign.outcome.done).toEqual([]);
  });
});

/** The run's client, with every revocation answered 404 (a server without the revoke route). */
function revoke404(inner: HttpClient): HttpClient {
  return {
    send: (requestCase) =>
      requestCase.operationId === 'revokeServiceAccountApiKey'
        ? Promise.resolve({
            case: requestCase,
            response: { status: 404, headers: {} },
          } as unknown as Exchange)
        : inner.send(requestCase),
    close: () => inner.close(),
  };
}

describe('the end-of-run clean-up against a server whose revocations all answer 404', () => {
  it('reports the keys NOT revoked, keeps them active and keeps the ledger', async () => {
    const ledgerDir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const run = await familyRun([], { CONTRACT_LEDGER_DIR: ledgerDir, CONTRACT_RUNS: '10' });
    try {
      const { plan } = unwrap(planOperation(run.session, 'createServiceAccountApiKey'));
      await runCases(run.session, plan.coverage.slice(0, 6));
      const minted = run.keys.minted().length;
      expect(minted).toBeGreaterThan(0);
      const session = { ...run.session, client: revoke404(run.session.client) };
      const report = await revokeRunKeys(session, run.keys);
      expect(report.revoked).toBe(0);
      expect(report.unconfirmed).toHaveLength(minted);
      expect(report.unconfirmed[0]?.outcome).toBe('answered 404, not confirmed: the list shows it active');
      expect(run.keys.active()).toHaveLength(minted);
      const { serviceAccountId } = run.mock.credentials;
      expect(run.mock.state.keys(serviceAccountId).filter((key) => key.revokedAt !== undefined)).toEqual([]);
      const line = describeCleanup(report);
      expect(line).toMatch(
        new RegExp(
          `^clean-up: revoked 0 key\\(s\\); ${minted} created by this run; ${minted} NOT revoked \\(unconfirmed\\): `,
        ),
      );
      expect(line).toContain('left active for `contract cleanup`');
      expect(line).toContain(`the list still shows ${minted} active`);
    } finally {
      await run.close();
    }
  });

  it('the extension keeps the ledger of keys it could not confirm revoked', async () => {
    const ledgerDir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const run = await familyRun([], { CONTRACT_LEDGER_DIR: ledgerDir });
    try {
      const extension = run.session.extensions.find((ext) => ext.name === 'api-keys');
      const { plan } = unwrap(planOperation(run.session, 'createServiceAccountApiKey'));
      await runCases(run.session, plan.coverage.slice(0, 3));
      const session = { ...run.session, client: revoke404(run.session.client) };
      const lines = (await extension?.finish?.(session)) ?? [];
      expect(lines.join('\n')).toMatch(/NOT revoked \(unconfirmed\)/);
      const ledger = join(ledgerDir, ledgerFileName(run.keys.runId));
      expect(existsSync(ledger)).toBe(true);
    } finally {
      await run.close();
    }
  });
});
