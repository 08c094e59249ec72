import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/cli/diff-command.ts';
import { isContractError } from '../../src/core/errors.ts';

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

function collect(): { print: (line: string) => void; text: () => string } {
  const lines: string[] = [];
  return { print: (line) => void lines.push(line), text: () => lines.join('\n') };
}

describe('contract diff', () => {
  let server: Server;
  let baseUrl = '';
  // A target whose live document lowers the name's maxLength: a breaking change for clients.
  const live = readFileSync(fixture('create-service-account-api-key.openapi.yaml'), 'utf8').replace(
    'maxLength: 128',
    'maxLength: 64',
  );

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/api/v0/openapi.json')
        response.writeHead(200, { 'content-type': 'application/yaml' }).end(live);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('compares the pinned fixture with the target live document by default: exit 1 on a breaking change', async () => {
    const out = collect();
    const code = await diffCommand({ json: false }, { CONTRACT_BASE_URL: baseUrl }, out.print);
    expect(code).toBe(1);
    expect(out.text()).toContain(`head: ${baseUrl}/api/v0/openapi.json`);
    expect(out.text()).toContain('request-max-length-decreased');
  });

  it('without a target, compares with the bundled mock live document: exit 0', async () => {
    const out = collect();
    expect(await diffCommand({ json: false }, {}, out.print)).toBe(0);
    expect(out.text()).toContain('no changes that clients can see');
  });

  it('prints JSON with --json; exit 0 when nothing breaks', async () => {
    const out = collect();
    const options = {
      base: fixture('diff/base-3.0.yaml'),
      head: fixture('diff/3.0/response-status-added.yaml'),
      json: true,
    };
    expect(await diffCommand(options, {}, out.print)).toBe(0);
    const diff = JSON.parse(out.text()) as { breaking: number; changes: { code: string }[] };
    expect(diff.breaking).toBe(0);
    expect(diff.changes.map((change) => change.code)).toEqual(['response-status-added']);
  });

  it('turns an unreadable document into a tool error (exit 2 in main)', async () => {
    const error: unknown = await diffCommand(
      { head: fixture('nowhere.yaml'), json: false },
      {},
      () => undefined,
    ).catch((caught: unknown) => caught);
    expect(isContractError(error) && error.code).toBe('OAC_ERR_SPEC_READ');
  });
});
