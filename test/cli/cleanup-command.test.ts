import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupCommand } from '../../src/cli/cleanup-command.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { unwrap } from '../../src/core/result.ts';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { newRunId } from '../../src/run/run-marker/run-id.ts';
import { runMarker } from '../../src/run/run-marker/run-tag.ts';
import { activeKeys } from '../extensions/api-keys/lifecycle/support.ts';
import { create } from '../mock/support.ts';

const closing: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

async function familyMock(): Promise<{ mock: MockServer; env: Record<string, string> }> {
  const mock = unwrap(await startMockServer({ specPath: MOCK_DEFAULTS.familySpecPath }));
  const ledgerDir = mkdtempSync(join(tmpdir(), 'cleanup-command-'));
  closing.push(
    () => mock.close(),
    () => rmSync(ledgerDir, { recursive: true, force: true }),
  );
  const env = {
    CONTRACT_BASE_URL: mock.url,
    CONTRACT_TOKEN: mock.credentials.token,
    CONTRACT_SPEC: MOCK_DEFAULTS.familySpecPath,
    CONTRACT_LEDGER_DIR: ledgerDir,
  };
  return { mock, env };
}

const idOf = (answer: Awaited<ReturnType<typeof create>>): string =>
  (answer.json as { apiKey: { id: string } }).apiKey.id;

describe('contract cleanup --run-id', () => {
  it('goes round again after a pause while the run is still minting, until a round finds nothing', async () => {
    const { mock, env } = await familyMock();
    const runId = newRunId();
    const ours = [idOf(await create(mock, { name: `${runMarker(runId)}first` }))];
    const other = idOf(await create(mock, { name: `${runMarker(newRunId(Date.now() - 1000))}other` }));
    // The pause between rounds takes no real time here; during the first one the interrupted run mints again.
    const pauses: number[] = [];
    const pause = async (ms: number): Promise<void> => {
      pauses.push(ms);
      if (pauses.length === 1) ours.push(idOf(await create(mock, { name: `${runMarker(runId)}late` })));
    };
    const lines: string[] = [];
    const exit = await cleanupCommand(
      '0',
      { ...env, CONTRACT_RUN_ID: runId },
      (line) => lines.push(line),
      pause,
    );
    expect(exit).toBe(EXIT.ok);
    // Round 1 revokes the first key, round 2 the late one, round 3 finds nothing and ends.
    expect(pauses).toEqual([500, 500]);
    expect(activeKeys(mock)).toEqual([other]);
    expect(lines.filter((line) => line.startsWith('  revoked ')).map((line) => line.split(' ')[3])).toEqual(
      ours,
    );
    expect(lines.at(-1)).toMatch(/^cleanup: revoked 2 key\(s\) left by contract runs; /);
  });

  it('makes one round, without a pause, when no run id is given', async () => {
    const { mock, env } = await familyMock();
    await create(mock, { name: `${runMarker(newRunId())}only` });
    const pauses: number[] = [];
    const exit = await cleanupCommand(
      '0',
      env,
      () => undefined,
      (ms) => Promise.resolve(pauses.push(ms)),
    );
    expect(exit).toBe(EXIT.ok);
    expect(pauses).toEqual([]);
    expect(activeKeys(mock)).toEqual([]);
  });
});
