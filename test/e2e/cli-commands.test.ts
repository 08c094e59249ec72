import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { contract, startContract, type CliRun } from './run-cli.ts';

const CREATE_ONLY = fileURLToPath(
  new URL('../../fixtures/create-service-account-api-key.openapi.yaml', import.meta.url),
);

/** `contract mock ARGS` until its banner is printed; the test stops it. */
async function startMock(args: string[], env: Record<string, string> = {}) {
  const started = startContract(['mock', ...args], { env });
  let seen = '';
  const url = await new Promise<string>((resolve, reject) => {
    started.child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /^Mock server listening on (http:\/\/\S+)$/m.exec(seen)?.[1];
      if (found !== undefined && seen.includes('Operation:')) resolve(found);
    });
    void started.exit.then((run) => reject(new Error(`contract mock ended: ${run.output}`)));
  });
  return { ...started, url, banner: seen };
}

describe('contract mock', () => {
  const stops: (() => Promise<CliRun>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  async function mock(args: string[], env: Record<string, string> = {}) {
    const started = await startMock(args, env);
    stops.push(() => {
      started.child.kill('SIGTERM');
      return started.exit;
    });
    return started;
  }

  it('serves the whole Service Accounts family by default: create, list, revoke, rotate', async () => {
    const { url, banner } = await mock([]);
    for (const operation of ['create', 'list', 'revoke', 'rotate'])
      expect(banner).toMatch(new RegExp(`Operation: .*\\(${operation}ServiceAccountApiKeys?\\)`));
    const auth = { authorization: `Bearer ${MOCK_DEFAULTS.token}` };
    const keys = `${url}/api/v0/service-accounts/${MOCK_DEFAULTS.serviceAccountId}/api-keys`;
    const created = await fetch(keys, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'tried by hand' }),
    });
    expect(created.status).toBe(201);
    const listed = await fetch(keys, { headers: auth });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(await listed.json())).toContain('tried by hand');
  });

  it('serves the document given by --spec, or by CONTRACT_SPEC', async () => {
    const byFlag = await mock(['--spec', CREATE_ONLY]);
    const byEnv = await mock([], { CONTRACT_SPEC: CREATE_ONLY });
    for (const { url } of [byFlag, byEnv]) {
      const document = (await (await fetch(`${url}/api/v0/openapi.json`)).json()) as { paths: object };
      expect(Object.keys(document.paths)).toHaveLength(1);
    }
  });

  it('refuses a document given as a URL, in one line, exit 2', async () => {
    const run = await contract(['mock', '--spec', 'https://staging.example.com/openapi.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'contract: OAC_ERR_USAGE: contract mock serves a local document; --spec https://staging.example.com/openapi.json is a URL\n',
    );
  });
});

describe('usage errors', () => {
  it.each([
    [['--frobnicate'], 'contract: OAC_ERR_USAGE: unknown option --frobnicate (see contract --help)'],
    [
      ['run', '--sed', '3'],
      'contract: OAC_ERR_USAGE: unknown option --sed; did you mean --seed? (see contract --help)',
    ],
    [
      ['paln'],
      'contract: OAC_ERR_USAGE: unknown command "paln"; did you mean `contract plan`? (see contract --help)',
    ],
  ])('contract %j: one line, exit 2, nothing on stdout', async (args, line) => {
    const run = await contract(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
  });
});
