import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/core/errors.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { fixturePath } from '../schema/compile-fixture.ts';

const PINNED = fixturePath('create-service-account-api-key.openapi.yaml');
const FOUR = fixturePath('service-accounts.openapi.yaml');

async function failure(source: string, timeoutMs?: number): Promise<{ code: ErrorCode; message: string }> {
  const result = await loadSpec(source, timeoutMs === undefined ? {} : { timeoutMs });
  if (result.ok) throw new Error(`${source} loaded`);
  return { code: result.error.code, message: result.error.message };
}

describe('loadSpec: the pinned documents', () => {
  it('loads create-service-account-api-key.openapi.yaml', async () => {
    const result = await loadSpec(PINNED);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const spec = result.value;
    expect(spec).toMatchObject({
      source: PINNED,
      sourceKind: 'file',
      dialect: '3.0',
      openapiVersion: '3.0.1',
      title: 'Factory Public API',
      version: '0.1.0',
    });
    expect(spec.hash).toBe(createHash('sha256').update(readFileSync(PINNED, 'utf8')).digest('hex'));
    expect(spec.operations.map((operation) => operation.operationId)).toEqual(['createServiceAccountApiKey']);
    const [operation] = spec.operations;
    expect(operation?.security).toEqual([[{ key: 'BearerAuth', type: 'http', scheme: 'bearer' }]]);
    expect(operation?.responses).toHaveLength(8);
    expect(operation?.requestBody?.required).toBe(false);
    expect(spec.findings.map((finding) => finding.code)).toEqual(['optional-body-with-required-properties']);
    expect(spec.findings[0]?.message).toMatch(/by the letter of OpenAPI a POST without a body is valid/);
  });

  it('accepts a file: URL', async () => {
    const result = await loadSpec(pathToFileURL(PINNED).href);
    expect(result.ok && result.value.sourceKind).toBe('file');
  });

  it('keeps internal $refs in schemas', async () => {
    const result = await loadSpec(PINNED);
    const schema = result.ok ? result.value.operations[0]?.requestBody?.content[0]?.schema : undefined;
    expect(schema).toEqual({ $ref: '#/components/schemas/CreateServiceAccountApiKeyRequestBody' });
  });

  it('loads the four operations of service-accounts.openapi.yaml, with the 204 content finding', async () => {
    const result = await loadSpec(FOUR);
    if (!result.ok) throw result.error;
    expect(result.value.operations).toHaveLength(4);
    const bodyless = result.value.findings.filter((finding) => finding.code === 'content-on-bodyless-status');
    expect(bodyless).toMatchObject([{ operationId: 'revokeServiceAccountApiKey', severity: 'warning' }]);
    expect(bodyless[0]?.message).toMatch(/response 204 declares content/);
  });
});

describe('loadSpec: bundling', () => {
  it('inlines external $refs relative to the document and keeps recursion finite', async () => {
    const result = await loadSpec(fixturePath('translation/external/main.yaml'));
    if (!result.ok) throw result.error;
    const text = JSON.stringify(result.value.document);
    expect(text).not.toContain('widget.yaml');
    expect(text).toContain('"$ref":"#/paths/');
  });

  it('goes on with a finding when the structural validator itself throws', async () => {
    const result = await loadSpec(fixturePath('translation/extension-in-responses.yaml'));
    if (!result.ok) throw result.error;
    expect(result.value.findings.map((finding) => finding.code)).toEqual(['validation-incomplete']);
  });
});

describe('loadSpec: errors are one-line values that name the source', () => {
  const cases: [string, ErrorCode, RegExp][] = [
    ['specs-broken/does-not-exist.yaml', 'OAC_ERR_SPEC_READ', /ENOENT/],
    ['specs-broken', 'OAC_ERR_SPEC_READ', /not a file/],
    ['specs-broken/bad-yaml.yaml', 'OAC_ERR_SPEC_PARSE', /not valid YAML or JSON: .*line 2/],
    ['specs-broken/list.yaml', 'OAC_ERR_SPEC_PARSE', /not a YAML\/JSON mapping \(it is a list\)/],
    ['specs-broken/swagger-2.0.yaml', 'OAC_ERR_SPEC_VERSION', /Swagger "2.0"; only OpenAPI 3.0 and 3.1/],
    ['specs-broken/openapi-3.2.yaml', 'OAC_ERR_SPEC_VERSION', /OpenAPI 3.2.0; only 3.0.x and 3.1.x/],
    ['specs-broken/no-openapi-field.json', 'OAC_ERR_SPEC_VERSION', /no "openapi" field/],
    [
      'specs-broken/unresolvable-ref.yaml',
      'OAC_ERR_REF_UNRESOLVED',
      /every operation depends on one: GET \/a: its \$ref #\/components\/schemas\/Missing/,
    ],
    ['specs-broken/missing-external-ref.yaml', 'OAC_ERR_REF_UNRESOLVED', /does-not-exist.yaml/],
    [
      'specs-broken/unresolvable-path-item.yaml',
      'OAC_ERR_REF_UNRESOLVED',
      /no operation is left: #\/components\/pathItems\/Gone \(at \/paths\/~1a\)/,
    ],
  ];

  it.each(cases)('%s -> %s', async (relative, code, pattern) => {
    const source = fixturePath(relative);
    const { code: actual, message } = await failure(source);
    expect(actual).toBe(code);
    expect(message).toMatch(pattern);
    expect(message).toContain(source);
    expect(message).not.toContain('\n');
  });
});

describe('loadSpec: http(s) URLs', () => {
  let server: Server;
  let base = '';
  const routes: Record<string, { status: number; body: string; headers?: Record<string, string> }> = {
    '/openapi.json': {
      status: 200,
      body: JSON.stringify(
        JSON.parse(
          JSON.stringify({
            openapi: '3.1.0',
            info: { title: 'Served', version: '9' },
            paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok' } } } } },
          }),
        ),
      ),
    },
    '/openapi.yaml': { status: 200, body: readFileSync(PINNED, 'utf8') },
    '/html': {
      status: 200,
      body: '<!doctype html><html><body>Not here</body></html>',
      headers: { 'content-type': 'text/html' },
    },
    '/package.json': { status: 200, body: '{"name":"x","version":"1.0.0"}' },
    '/moved': { status: 301, body: '', headers: { location: '/openapi.json' } },
  };

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/silent') return; // never answers
      const route = routes[request.url ?? ''] ?? { status: 404, body: 'not found' };
      response.writeHead(route.status, route.headers ?? { 'content-type': 'application/json' });
      response.end(route.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('loads a JSON document from a URL', async () => {
    const result = await loadSpec(`${base}/openapi.json`);
    if (!result.ok) throw result.error;
    expect(result.value).toMatchObject({ sourceKind: 'url', dialect: '3.1', title: 'Served', version: '9' });
    expect(result.value.operations.map((operation) => operation.operationId)).toEqual(['getA']);
  });

  it('loads a YAML document from a URL', async () => {
    const result = await loadSpec(`${base}/openapi.yaml`);
    expect(result.ok && result.value.operations.length).toBe(1);
  });

  it('reports a 404 as a read error', async () => {
    const { code, message } = await failure(`${base}/nothing`);
    expect(code).toBe('OAC_ERR_SPEC_READ');
    expect(message).toBe(`cannot read spec ${base}/nothing: answered 404`);
  });

  it('does not follow redirects: a 3xx is a read error that says where it points', async () => {
    const { code, message } = await failure(`${base}/moved`);
    expect(code).toBe('OAC_ERR_SPEC_READ');
    expect(message).toMatch(/answered 301, a redirect to \/openapi.json \(redirects are not followed/);
  });

  it('reports a page that is not a spec', async () => {
    expect((await failure(`${base}/html`)).code).toMatch(/OAC_ERR_SPEC_(PARSE|VERSION)/);
    const { code, message } = await failure(`${base}/package.json`);
    expect(code).toBe('OAC_ERR_SPEC_VERSION');
    expect(message).toContain(`${base}/package.json`);
  });

  it('gives up after the timeout', async () => {
    const { code, message } = await failure(`${base}/silent`, 200);
    expect(code).toBe('OAC_ERR_SPEC_READ');
    expect(message).toContain(`${base}/silent`);
  });

  it('reports an unreachable host as a read error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, message } = await failure(`http://127.0.0.1:${port}/openapi.json`);
    expect(code).toBe('OAC_ERR_SPEC_READ');
    expect(message).toMatch(/ECONNREFUSED/);
  });
});
