import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayCommand } from '../../src/cli/replay-command.ts';
import { unwrap } from '../../src/core/result.ts';
import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { writeReplayFiles } from '../../src/report/write-replay-files.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runContract } from '../../src/run/run-contract.ts';

const servers: MockServer[] = [];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replay-dependencies-'));
});
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function mock(faults: FaultName[]): Promise<MockServer> {
  const server = unwrap(await startMockServer({ faults }));
  servers.push(server);
  return server;
}

const mockEnv = (server: MockServer) => ({
  CONTRACT_BASE_URL: server.url,
  CONTRACT_TOKEN: server.credentials.token,
  CONTRACT_FORBIDDEN_TOKEN: server.credentials.readOnlyToken,
});

describe('replaying a finding on the second answer of the deliberate repeat', () => {
  let path: string;
  beforeAll(async () => {
    const recorded = await mock(['error-missing-title']);
    const config = unwrap(readRunConfig({ ...mockEnv(recorded), CONTRACT_SEED: '5', CONTRACT_RUNS: '10' }));
    const results = unwrap(
      await runContract(config, { baseUrl: recorded.url, extensions: [apiKeysExtension()] }),
    );
    const paths = unwrap(writeReplayFiles(join(dir, 'repeat'), [results]));
    const index = results.findings.findIndex(
      (group) => group.check === 'response_schema_conformance' && group.status === 409,
    );
    path = [...paths.values()][index] ?? '';
  });

  async function replayOn(server: MockServer) {
    const lines: string[] = [];
    const exit = await replayCommand([path], mockEnv(server), (line) => lines.push(line));
    return { exit, text: lines.join('\n') };
  }

  it('reproduces against a server that still leaves the title out of its 409 (exit 1)', async () => {
    const { exit, text } = await replayOn(await mock(['error-missing-title']));
    expect(text).toMatch(/^step 1\/2 \(sent first: the last answer depends on it\): POST .* -> 201$/m);
    expect(text).toMatch(/^step 2\/2: POST .* -> 409$/m);
    expect(text).toMatch(/^reproduced: response_schema_conformance/m);
    expect(exit, text).toBe(1);
  });

  it('says "not reproduced" and exits 0 only when the repeat still meets the name (a fixed server)', async () => {
    const { exit, text } = await replayOn(await mock([]));
    expect(text).toMatch(/^step 2\/2: POST .* -> 409$/m);
    expect(text).toMatch(/^not reproduced: response_schema_conformance/m);
    expect(exit, text).toBe(0);
  });
});
