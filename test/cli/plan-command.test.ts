import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { planCommand } from '../../src/cli/plan-command.ts';
import { MOCK_DEFAULTS } from '../../src/run/run-config.ts';

const FAMILY = new URL('../../fixtures/service-accounts.openapi.yaml', import.meta.url).pathname;
const STYLES = new URL('../../fixtures/generation/parameters-3.0.yaml', import.meta.url).pathname;
const FIELDS = [
  'operationId',
  'method',
  'path',
  'phase',
  'expect',
  'reason',
  'headers',
  'body',
  'rawBody',
  'rawBodyBytes',
];

async function plan(env: Record<string, string>, json = true): Promise<string[]> {
  const lines: string[] = [];
  await planCommand(json, env, (line) => lines.push(line));
  return lines;
}

describe('contract plan', () => {
  it('prints one case per line with exactly the issue fields; the same seed gives the same plan', async () => {
    const env = { CONTRACT_SPEC: FAMILY, CONTRACT_SEED: '5', CONTRACT_RUNS: '4' };
    const first = await plan(env);
    expect(await plan(env)).toEqual(first);
    expect(await plan({ ...env, CONTRACT_SEED: '6' })).not.toEqual(first);
    const cases = first.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(cases.length).toBeGreaterThan(40);
    for (const entry of cases) {
      expect(
        Object.keys(entry).every((key) => FIELDS.includes(key)),
        JSON.stringify(entry),
      ).toBe(true);
      expect(['coverage', 'positive', 'negative']).toContain(entry.phase);
      expect(['valid', 'invalid']).toContain(entry.expect);
      if (entry.expect === 'invalid')
        expect(Object.keys(entry.reason as object)).toEqual(['location', 'keyword', 'schemaPath']);
    }
    const ids = new Set(cases.map((entry) => entry.operationId));
    expect(ids).toEqual(
      new Set([
        'createServiceAccountApiKey',
        'listServiceAccountApiKeys',
        'revokeServiceAccountApiKey',
        'rotateServiceAccountApiKey',
      ]),
    );
  });

  it('shows credentials as the $CONTRACT_TOKEN placeholder and no secret', async () => {
    const output = (await plan({ CONTRACT_SPEC: FAMILY, CONTRACT_SEED: '1', CONTRACT_RUNS: '3' })).join('\n');
    expect(output).toContain('"authorization":"Bearer $CONTRACT_TOKEN"');
    expect(output).not.toContain(MOCK_DEFAULTS.token);
    expect(output).not.toContain(MOCK_DEFAULTS.forbiddenToken);
  });

  it('sends nothing, even with a base URL configured', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await plan({
        CONTRACT_SPEC: FAMILY,
        CONTRACT_BASE_URL: `http://127.0.0.1:${port}`,
        CONTRACT_RUNS: '3',
      });
      await plan(
        { CONTRACT_SPEC: FAMILY, CONTRACT_BASE_URL: `http://127.0.0.1:${port}`, CONTRACT_RUNS: '3' },
        false,
      );
    } finally {
      server.close();
    }
    expect(requests).toBe(0);
  });

  it('fills parameters in, encoded by their style; one operation with --operation', async () => {
    const env = {
      CONTRACT_SPEC: STYLES,
      CONTRACT_OPERATION: 'getItem',
      CONTRACT_PATH_PARAMS: 'id=42',
      CONTRACT_RUNS: '5',
    };
    const cases = (await plan(env)).map(
      (line) => JSON.parse(line) as { operationId: string; path: string; headers: Record<string, string> },
    );
    expect(new Set(cases.map((entry) => entry.operationId))).toEqual(new Set(['getItem']));
    expect(cases.every((entry) => entry.path.startsWith('/items/'))).toBe(true);
    expect(cases.some((entry) => /^\/items\/42\/\.[^/]+\/;x=[^/]+\?.*limit=/.test(entry.path))).toBe(true);
    expect(cases.some((entry) => entry.headers['X-Request-Id'] !== undefined)).toBe(true);
    expect(cases.some((entry) => (entry.headers.cookie ?? '').startsWith('session='))).toBe(true);
  });

  it('prints a table of counts per operation, phase and expectation, and what it cannot generate', async () => {
    const text = (await plan({ CONTRACT_SPEC: STYLES, CONTRACT_RUNS: '5', CONTRACT_SEED: '2' }, false)).join(
      '\n',
    );
    expect(text).toMatch(/getItem\s+coverage\s+valid\s+\d+/);
    expect(text).toMatch(/getItem\s+negative\s+invalid\s+5/);
    expect(text).toContain('unsupported: putFile: style at /paths/~1files~1{name}/put/parameters/1');
    expect(text).toContain('unsupported: putFile: requestBody at /paths/~1files~1{name}/put/requestBody');
    expect(text).toMatch(/skipped: +putFile: phases/);
  });

  it('names an unknown operation in a one-line error', async () => {
    await expect(plan({ CONTRACT_SPEC: FAMILY, CONTRACT_OPERATION: 'nope' })).rejects.toMatchObject({
      code: 'OAC_ERR_OPERATION_NOT_FOUND',
    });
  });
});
