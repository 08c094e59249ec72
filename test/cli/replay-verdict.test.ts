import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command.ts';
import { unwrap } from '../../src/core/result.ts';
import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockOptions, MockServer } from '../../src/mock/types.ts';
import { writeReplayFiles } from '../../src/report/write-replay-files.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runContract } from '../../src/run/run-contract.ts';
import { mockEnv } from '../support/mock-env.ts';

const servers: MockServer[] = [];
let dir: string;
let path: string;

async function mock(options: MockOptions): Promise<MockServer> {
  const server = unwrap(await startMockServer(options));
  servers.push(server);
  return server;
}

/** The replay file of the run's `authentication_enforced` finding: a request without credentials got 201. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replay-verdict-'));
  const recorded = await mock({ faults: ['no-auth'] });
  const config = unwrap(readRunConfig({ ...mockEnv(recorded), CONTRACT_SEED: '5', CONTRACT_RUNS: '10' }));
  const results = unwrap(
    await runContract(config, { baseUrl: recorded.url, extensions: [apiKeysExtension()] }),
  );
  const paths = [...unwrap(writeReplayFiles(dir, [results])).values()];
  const index = results.findings.findIndex(
    (group) => group.check === 'authentication_enforced' && group.groupKey === 'auth:none:201',
  );
  path = paths[index] ?? '';
  if (path === '') throw new Error(`no finding of a request without credentials: ${paths.join(', ')}`);
});
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function replayOn(server: MockServer) {
  const lines: string[] = [];
  const exit = await replayCommand([path], mockEnv(server), (line) => lines.push(line));
  return { exit, text: lines.join('\n') };
}

describe('the verdict of a replay', () => {
  it('is "reproduced" when the same check fails on the same request with another status, and says both', async () => {
    // Still no 401 without credentials: the request is let through, and meets the account's quota (402).
    const { exit, text } = await replayOn(await mock({ faults: ['no-auth'], quota: 0 }));
    expect(text).toMatch(/-> 402$/m);
    expect(text).toMatch(
      /^reproduced: authentication_enforced \(auth:none:201\) fails again against \S+ \(answered 402 now, 201 when recorded\)$/m,
    );
    expect(exit, text).toBe(1);
  });

  it('says nothing of the status when it is the recorded one', async () => {
    const { exit, text } = await replayOn(await mock({ faults: ['no-auth'] }));
    expect(text).toMatch(/^reproduced: authentication_enforced \(auth:none:201\) fails again against \S+$/m);
    expect(exit, text).toBe(1);
  });

  it('is "not reproduced" (exit 0) once the request without credentials is answered 401', async () => {
    const { exit, text } = await replayOn(await mock({ faults: [] }));
    expect(text).toMatch(/^not reproduced: authentication_enforced/m);
    expect(exit, text).toBe(0);
  });
});
