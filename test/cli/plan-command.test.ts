import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCommand } from '../../src/cli/plan-command.ts';
import { unwrap } from '../../src/core/result.ts';
import { apiKeysExtension } from '../../src/extensions/api-keys/api-keys-extension.ts';
import { securitySummary } from '../../src/generate/security-summary.ts';
import { formatPlanTable, summarisePlan } from '../../src/report/format-plan-table.ts';
import { formatSecuritySummary } from '../../src/report/format-security-summary.ts';
import { toPlanLine } from '../../src/report/plan-line.ts';
import { resolveCredentials } from '../../src/run/credentials-config.ts';
import { planFor } from '../../src/run/plan-operation.ts';
import { plannedCases } from '../../src/run/planned-cases.ts';
import { MOCK_DEFAULTS, readRunConfig } from '../../src/run/run-config.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

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

/** Operations guarded by different schemes, alternatives, optional and no security. */
const SCHEMES = `openapi: 3.0.3
info: { title: schemes, version: '1' }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
    key: { type: apiKey, in: header, name: X-Key }
    basic: { type: http, scheme: basic }
    oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://x.test/token', scopes: {} } } }
security: [{ bearer: [] }]
paths:
  /a:
    get:
      operationId: getA
      responses: { '200': { description: ok }, '401': { description: no }, '403': { description: no } }
  /b:
    get:
      operationId: getB
      security: [{ key: [] }]
      responses: { '200': { description: ok }, '401': { description: no } }
  /c:
    post:
      operationId: postC
      security: [{ basic: [] }, { key: [] }]
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [n], properties: { n: { type: string, maxLength: 5 } } }
      responses: { '201': { description: ok }, '401': { description: no }, '403': { description: no } }
  /d:
    get:
      operationId: getD
      security: []
      responses: { '200': { description: ok } }
  /e:
    get:
      operationId: getE
      security: [{ oauth: [] }, {}]
      responses: { '200': { description: ok }, '403': { description: no } }
`;

/** The plan as it was made before credentials were resolved once per plan: each operation's for itself. */
async function planPerOperation(env: Record<string, string>, json: boolean): Promise<string[]> {
  const config = unwrap(readRunConfig(env));
  const compiled = unwrap(compileSpec(unwrap(await loadSpec(config.spec ?? '', {}))));
  const extensions = [apiKeysExtension()].filter((e) => e.applies?.(compiled, config.secretFields) ?? true);
  const lines: string[] = [];
  const summaries = compiled.operations.map((operation) => {
    const { availability } = resolveCredentials(config, [operation.operation]);
    const plan = unwrap(planFor(operation, { config, compiled, extensions, availability }));
    const { cases, skipped } = plannedCases(plan, { seed: config.seed, runs: config.runs });
    for (const line of cases.flatMap((requestCase) => toPlanLine(requestCase) ?? []))
      lines.push(JSON.stringify(line));
    return summarisePlan(plan, cases, skipped);
  });
  if (json) return lines;
  const operations = compiled.operations.map((o) => o.operation);
  const { availability } = resolveCredentials(config, operations);
  const table = formatPlanTable(
    { source: config.spec ?? '', seed: config.seed, runs: config.runs },
    summaries,
  );
  return [table, ...formatSecuritySummary(securitySummary(operations, availability))];
}

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

  it('plans every operation as with credentials resolved for it alone (they are resolved once per plan)', async () => {
    const schemes = join(mkdtempSync(join(tmpdir(), 'plan-schemes-')), 'schemes.yaml');
    writeFileSync(schemes, SCHEMES);
    const credentials: Record<string, string>[] = [
      {},
      { CONTRACT_TOKEN: 'token-a' },
      { CONTRACT_TOKEN: 'token-a', CONTRACT_FORBIDDEN_TOKEN: 'token-r' },
      { CONTRACT_AUTH_KEY: 'key-a', CONTRACT_AUTH_BASIC: 'user:pass' },
      { CONTRACT_AUTH_KEY: 'key-a', CONTRACT_AUTH_KEY_FORBIDDEN: 'key-r', CONTRACT_AUTH_OAUTH: 'oauth-a' },
    ];
    for (const spec of [schemes, FAMILY])
      for (const given of credentials)
        for (const json of [true, false]) {
          const env = { CONTRACT_SPEC: spec, CONTRACT_SEED: '3', CONTRACT_RUNS: '3', ...given };
          expect(await plan(env, json), `${spec} ${JSON.stringify(given)} ${json}`).toEqual(
            await planPerOperation(env, json),
          );
        }
  });

  it('names an unknown operation in a one-line error', async () => {
    await expect(plan({ CONTRACT_SPEC: FAMILY, CONTRACT_OPERATION: 'nope' })).rejects.toMatchObject({
      code: 'OAC_ERR_OPERATION_NOT_FOUND',
    });
  });
});
