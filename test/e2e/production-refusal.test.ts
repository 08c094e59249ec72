import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../src/cli/options.ts';
import { PINNED_SPEC } from '../../src/run/open-session.ts';
import { startServer, type ReceivedRequest } from '../http/helpers.ts';
import { contract } from './run-cli.ts';

async function againstStub(
  args: (url: string) => string[],
): Promise<{ code: number | null; stderr: string; requests: ReceivedRequest[] }> {
  const requests: ReceivedRequest[] = [];
  const server = await startServer((_request, response) => response.writeHead(404).end(), requests);
  try {
    return { ...(await contract(args(server.url))), requests };
  } finally {
    await server.close();
  }
}

describe('contract run against production', () => {
  it('exits 2 with one line when --production-urls lists the base URL, before any request', async () => {
    const run = await againstStub((url) => ['run', '--base-url', url, '--production-urls', `${url}/`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^contract: OAC_ERR_USAGE: refusing to run against production http:\/\/127\.0\.0\.1:\d+ .*--allow-production.*\n$/,
    );
    expect(run.requests).toEqual([]);
  });

  it("exits 2 with one line when the document's servers call the base URL production", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-prod-'));
    try {
      const run = await againstStub((url) => {
        const spec = join(dir, 'spec.yaml');
        const text = readFileSync(PINNED_SPEC, 'utf8').replace('https://api.factory.ai/', `${url}/`);
        writeFileSync(spec, text);
        return ['run', '--base-url', url, '--spec', spec];
      });
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`is "Production"); pass --allow-production (CONTRACT_ALLOW_PRODUCTION=1)`);
      // At most the reachability probe: no case is sent.
      expect(run.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads --allow-production, --max-creates, --rate and --production-urls into their variables', () => {
    const args = [
      '--allow-production',
      '--max-creates',
      '50',
      '--rate',
      '5',
      '--production-urls',
      'api.example.com',
    ];
    const parsed = parseCliArguments(args);
    if (!parsed.ok) throw parsed.error;
    expect(parsed.value.env).toMatchObject({
      CONTRACT_ALLOW_PRODUCTION: '1',
      CONTRACT_MAX_CREATES: '50',
      CONTRACT_RATE: '5',
      CONTRACT_PRODUCTION_URLS: 'api.example.com',
    });
  });
});
