import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDefaultSpec } from '../../src/spec/resolve-default-spec.ts';
import { fixturePath } from '../schema/compile-fixture.ts';

const FIXTURE = fixturePath('create-service-account-api-key.openapi.yaml');
const LIVE = readFileSync(fixturePath('service-accounts.openapi.yaml'), 'utf8');

describe('resolveDefaultSpec', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const routes: Record<string, string> = {
        '/live/api/v0/openapi.json': LIVE,
        '/empty/api/v0/openapi.json':
          '{"openapi":"3.1.0","info":{"title":"e","version":"1"},"paths":{},"components":{"schemas":{"A":{"type":"string"}}}}',
        '/html/api/v0/openapi.json': '<html>hello</html>',
      };
      const body = routes[request.url ?? ''];
      response.writeHead(body === undefined ? 404 : 200).end(body ?? 'no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('uses the live document when the target serves a valid one (base path kept)', async () => {
    const result = await resolveDefaultSpec({ baseUrl: `${base}/live/`, fixturePath: FIXTURE });
    if (!result.ok) throw result.error;
    expect(result.value.chosen).toBe('live');
    expect(result.value.spec.source).toBe(`${base}/live/api/v0/openapi.json`);
    expect(result.value.spec.operations).toHaveLength(4);
    expect(result.value.why).toBe(
      `live document ${base}/live/api/v0/openapi.json is valid OpenAPI 3.0.1 (4 operations)`,
    );
  });

  it('falls back to the pinned fixture and says why: 404', async () => {
    const result = await resolveDefaultSpec({ baseUrl: base, fixturePath: FIXTURE });
    if (!result.ok) throw result.error;
    expect(result.value.chosen).toBe('fixture');
    expect(result.value.spec.source).toBe(FIXTURE);
    expect(result.value.why).toBe(
      `live document ${base}/api/v0/openapi.json answered 404; using pinned ${FIXTURE}`,
    );
  });

  it('falls back when the live document is not a spec, or declares no operations', async () => {
    const html = await resolveDefaultSpec({ baseUrl: `${base}/html`, fixturePath: FIXTURE });
    expect(html.ok && html.value.why).toMatch(
      /^live document .*\/html\/api\/v0\/openapi.json is not a YAML\/JSON mapping/,
    );
    const empty = await resolveDefaultSpec({ baseUrl: `${base}/empty`, fixturePath: FIXTURE });
    expect(empty.ok && empty.value.why).toMatch(/declares no operations; using pinned/);
  });

  it('honours another live path', async () => {
    const result = await resolveDefaultSpec({
      baseUrl: base,
      fixturePath: FIXTURE,
      livePath: '/live/api/v0/openapi.json',
    });
    expect(result.ok && result.value.chosen).toBe('live');
  });

  it('fails with the fixture error when neither can be used, naming both', async () => {
    const missing = fixturePath('specs-broken/nowhere.yaml');
    const result = await resolveDefaultSpec({ baseUrl: base, fixturePath: missing });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('OAC_ERR_SPEC_READ');
    expect(result.error.message).toContain(missing);
    expect(result.error.message).toContain('answered 404');
  });
});
