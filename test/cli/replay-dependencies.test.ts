import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import type { ReplayFile } from '../../src/run/replay-file.ts';
import { readRunConfig } from '../../src/run/run-config.ts';
import { runContract } from '../../src/run/run-contract.ts';
import { PETS_DOCUMENT, startPetsServer, type PetsOptions, type PetsServer } from '../support/pets-server.ts';
import { mockEnv } from '../support/mock-env.ts';

const servers: (PetsServer | MockServer)[] = [];
let dir: string;
let spec: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replay-dependencies-'));
  spec = join(dir, 'pets.json');
  writeFileSync(spec, JSON.stringify(PETS_DOCUMENT));
});
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function pets(options: PetsOptions): Promise<PetsServer> {
  const server = await startPetsServer(options);
  servers.push(server);
  return server;
}

const envFor = (server: PetsServer) => ({
  CONTRACT_BASE_URL: server.url,
  CONTRACT_SPEC: spec,
  CONTRACT_TOKEN: 'unused-token-for-a-document-without-security',
});

/** What reached the pets (opening a session also probes `GET /`). */
const petsRequests = (server: PetsServer) => server.log.filter((line) => line.includes('/pets'));

/** Replays one file in process, as `contract replay FILE` does. */
async function replay(file: string, server: PetsServer) {
  const lines: string[] = [];
  const exit = await replayCommand([file], envFor(server), (line) => lines.push(line));
  return { exit, text: lines.join('\n') };
}

/** The replay file of the run's getPet schema finding (a GET of the pet the run created for it). */
async function recordGetPetFinding(): Promise<{ path: string; file: ReplayFile }> {
  const recorded = await pets({ stringIds: true, firstId: 50 });
  const config = unwrap(readRunConfig({ ...envFor(recorded), CONTRACT_SEED: '3', CONTRACT_RUNS: '10' }));
  const results = unwrap(await runContract(config, { baseUrl: recorded.url }));
  const paths = unwrap(writeReplayFiles(join(dir, 'replays'), [results]));
  const index = results.findings.findIndex(
    (group) => group.operationId === 'getPet' && group.check === 'response_schema_conformance',
  );
  const path = [...paths.values()][index];
  if (path === undefined)
    throw new Error(`no getPet finding: ${results.findings.map((g) => g.key).join(', ')}`);
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) as ReplayFile };
}

describe('replaying a finding on a resource the run created', () => {
  let recorded: { path: string; file: ReplayFile };
  beforeAll(async () => {
    recorded = await recordGetPetFinding();
  });

  it('records the creation first, and what its answer gave the later path', () => {
    const [create, get] = recorded.file.steps;
    expect(recorded.file.steps).toHaveLength(2);
    expect(create?.request).toMatchObject({ method: 'POST', path: '/pets' });
    const id = create?.provides?.[0]?.value ?? '';
    expect(create?.provides).toEqual([{ param: 'petId', value: id }]);
    expect(Number(id)).toBeGreaterThanOrEqual(50);
    expect(get?.request).toMatchObject({ method: 'GET', path: `/pets/${id}` });
  });

  it('reproduces against a fresh server with the bug: the GET names the pet the replay created', async () => {
    const fresh = await pets({ stringIds: true, firstId: 7 });
    const { exit, text } = await replay(recorded.path, fresh);
    expect(petsRequests(fresh)).toEqual(['POST /pets', 'GET /pets/7']);
    expect(text).toMatch(/^reproduced: response_schema_conformance/m);
    expect(exit, text).toBe(1);
  });

  it('says "not reproduced" and exits 0 against a fixed server, accusing nothing', async () => {
    const fixed = await pets({ firstId: 300 });
    const { exit, text } = await replay(recorded.path, fixed);
    expect(petsRequests(fixed)).toEqual(['POST /pets', 'GET /pets/300']);
    expect(text).toMatch(/^not reproduced: response_schema_conformance/m);
    expect(text).not.toContain('positive_data_acceptance');
    expect(exit, text).toBe(0);
  });

  it('is inconclusive (exit 2, the GET not sent) when the creation does not succeed', async () => {
    const refusing = await pets({ refuseCreate: true });
    const { exit, text } = await replay(recorded.path, refusing);
    expect(petsRequests(refusing)).toEqual(['POST /pets']);
    expect(text).toMatch(
      /^inconclusive: response_schema_conformance .*step 1 \(POST .*\/pets\) answered 503/m,
    );
    expect(text).not.toMatch(/^(not )?reproduced/m);
    // A refusal, not a name the server already holds: no word of short names.
    expect(text).not.toContain('too short for a fresh tag');
    expect(exit, text).toBe(2);
  });
});

async function mock(faults: FaultName[]): Promise<MockServer> {
  const server = unwrap(await startMockServer({ faults }));
  servers.push(server);
  return server;
}

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
