import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command.ts';
import { unwrap } from '../../src/core/result.ts';
import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { writeReplayFiles } from '../../src/report/write-replay-files.ts';
import type { ReplayFile } from '../../src/run/replay-file.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runContract } from '../../src/run/run-contract.ts';

/** Faults of the create operation, each a distinct bug class; several at once, as a real faulty server has. */
const FAULTS: FaultName[] = [
  'no-max-length',
  'utf16-length',
  'null-name-500',
  'extra-properties-accepted',
  'error-status-mismatch',
  'fingerprint-not-suffix',
  'value-in-error',
  'name-trimmed',
  'missing-fingerprint',
  'undeclared-422',
  'no-auth',
  'forbidden-as-401',
  'text-plain-errors',
  'float-expiry',
];
const dirs: string[] = [];
const mocks: MockServer[] = [];
afterAll(async () => {
  for (const mock of mocks) await mock.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A whole run against a faulty mock that stays open, and its replay files written by the report layer. */
async function runKeepingMockOpen(faults: FaultName[] = FAULTS) {
  const mock = unwrap(await startMockServer({ faults }));
  mocks.push(mock);
  const env = {
    CONTRACT_BASE_URL: mock.url,
    CONTRACT_TOKEN: mock.credentials.token,
    CONTRACT_FORBIDDEN_TOKEN: mock.credentials.readOnlyToken,
    CONTRACT_SEED: '20261127',
    CONTRACT_RUNS: '100',
  };
  const config = unwrap(readRunConfig(env));
  const results = unwrap(await runContract(config, { baseUrl: mock.url, extensions: [apiKeysExtension()] }));
  const dir = mkdtempSync(join(tmpdir(), 'replay-same-server-'));
  dirs.push(dir);
  const files = unwrap(writeReplayFiles(dir, [results]));
  return { mock, env, results, files: [...files.values()] };
}

/** Replays one file in process, as `contract replay FILE` does. */
async function replay(file: string, env: Record<string, string>) {
  const lines: string[] = [];
  const exit = await replayCommand([file], env, (line) => lines.push(line));
  return { exit, text: lines.join('\n') };
}

describe('replaying every finding against the server that produced it', () => {
  it('reproduces each one (exit 1), or says it cannot judge; never "not reproduced" with exit 0', async () => {
    const { env, results, files } = await runKeepingMockOpen();
    expect(results.findings.length).toBeGreaterThan(8);
    expect(files).toHaveLength(results.findings.length);
    const verdicts: string[] = [];
    for (const file of files) {
      const { exit, text } = await replay(file, env);
      const verdict = /^(reproduced|not reproduced|inconclusive):/m.exec(text)?.[1] ?? '?';
      verdicts.push(verdict);
      expect({ file, verdict, text }).not.toMatchObject({ verdict: 'not reproduced' });
      expect(exit, text).toBe(verdict === 'reproduced' ? 1 : exit === 1 ? 1 : 2);
      expect(exit, text).not.toBe(0);
    }
    // Inconclusive only where the server cannot take the name again: `name-trimmed` stores a whitespace-only
    // name ("\r", "\n": control characters are kept as the case sent them) as the empty name it already holds.
    expect(verdicts.filter((verdict) => verdict === 'reproduced').length).toBeGreaterThanOrEqual(
      files.length - 2,
    );
  });

  it('says "inconclusive" and exits 2 when a re-created request still gets 409', async () => {
    const { env, mock, results, files } = await runKeepingMockOpen(['fingerprint-not-suffix']);
    const index = results.findings.findIndex((group) => group.check === 'fingerprint_is_display_suffix');
    const file = files[index] ?? '';
    // A name with nothing a fresh value may replace (quote and backslash are what cases test), already taken.
    const name = '"\\';
    const taken = await fetch(
      `${mock.url}/api/v0/service-accounts/${mock.credentials.serviceAccountId}/api-keys`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${mock.credentials.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      },
    );
    expect(taken.status).toBe(201);
    const replayFile = JSON.parse(readFileSync(file, 'utf8')) as ReplayFile;
    const step = replayFile.steps[0];
    if (step === undefined) throw new Error('no step');
    step.request.body = JSON.stringify({ name });
    writeFileSync(file, JSON.stringify(replayFile));
    const { exit, text } = await replay(file, env);
    expect(text).toContain('-> 409');
    expect(text).toContain('inconclusive: fingerprint_is_display_suffix');
    expect(text).not.toMatch(/not reproduced|^reproduced/m);
    expect(exit).toBe(2);
  });

  it('revokes the keys its replays minted, as a run does', async () => {
    const specPath = MOCK_DEFAULTS.familySpecPath;
    const mock = unwrap(await startMockServer({ faults: ['fingerprint-not-suffix'], specPath }));
    mocks.push(mock);
    const dir = mkdtempSync(join(tmpdir(), 'replay-cleanup-'));
    dirs.push(dir);
    const env = {
      CONTRACT_BASE_URL: mock.url,
      CONTRACT_SPEC: specPath,
      CONTRACT_TOKEN: mock.credentials.token,
      CONTRACT_SEED: '5',
      CONTRACT_RUNS: '20',
      CONTRACT_LEDGER_DIR: join(dir, 'ledger'),
    };
    const config = unwrap(readRunConfig(env));
    const results = unwrap(
      await runContract(config, { baseUrl: mock.url, extensions: [apiKeysExtension()] }),
    );
    const files = unwrap(writeReplayFiles(join(dir, 'replays'), [results]));
    const file = [...files.values()].find((path) => path.includes('fingerprint_is_display_suffix'));
    if (file === undefined) throw new Error(`no replay of the fault among ${[...files.values()].join(', ')}`);
    const before = mock.state.keys(mock.credentials.serviceAccountId).length;
    const { exit, text } = await replay(file, env);
    expect(exit, text).toBe(1);
    const keys = mock.state.keys(mock.credentials.serviceAccountId);
    expect(keys.length, text).toBeGreaterThan(before);
    expect(text).toMatch(/^clean-up: revoked [1-9]\d* key/m);
    expect(keys.filter((key) => key.revokedAt === undefined).map((key) => key.name)).toEqual([]);
  });
});
