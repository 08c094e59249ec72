import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MOCK_DEFAULTS, MOCK_DOCUMENT_PATH } from '../../src/mock/defaults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { expectConforms } from './conformance.ts';
import { create, detailOf, keysPath, send, startMock, uniqueName } from './support.ts';

describe('startMockServer', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMock();
  });
  afterAll(() => server.close());

  it('listens on a free loopback port with the documented credentials', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect(server.credentials).toEqual({
      token: MOCK_DEFAULTS.token,
      readOnlyToken: MOCK_DEFAULTS.readOnlyToken,
      serviceAccountId: MOCK_DEFAULTS.serviceAccountId,
      unknownServiceAccountId: MOCK_DEFAULTS.unknownServiceAccountId,
    });
    expect(server.state.accountIds()).toEqual([
      MOCK_DEFAULTS.serviceAccountId,
      MOCK_DEFAULTS.secondServiceAccountId,
    ]);
    expect(server.operations).toEqual([
      {
        operationId: 'createServiceAccountApiKey',
        method: 'POST',
        path: '/api/v0/service-accounts/{serviceAccountId}/api-keys',
      },
    ]);
  });

  it('serves the OpenAPI document as JSON, without auth, equal to the fixture', async () => {
    const answer = await send(server, { method: 'GET', path: MOCK_DOCUMENT_PATH });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.json).toEqual(parse(await readFile(MOCK_DEFAULTS.specPath, 'utf8')));
  });

  it('answers 404 JSON to an unknown path and 405 with Allow to a wrong method', async () => {
    const unknown = await send(server, { method: 'GET', path: '/nowhere?x=1' });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ detail: 'no operation at /nowhere', status: 404, title: 'Not Found' });
    const trailing = await send(server, { path: `${keysPath('sa_contract_mock')}/` });
    expect(trailing.status).toBe(404);
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH'] as const) {
      const wrong = await send(server, { method, path: keysPath(server.credentials.serviceAccountId) });
      expect(wrong.status, method).toBe(405);
      expect(wrong.headers['allow']).toBe('POST');
      expect(detailOf(wrong)).toContain(`${method} is not allowed`);
    }
    const postDocument = await send(server, { method: 'POST', path: MOCK_DOCUMENT_PATH });
    expect(postDocument.headers['allow']).toBe('GET');
  });

  it('logs every answered request', async () => {
    const before = server.requestLog.length;
    const answer = await create(server, { name: uniqueName() });
    await expectConforms(answer);
    const logged = server.requestLog.slice(before);
    expect(logged.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'POST', path: keysPath(server.credentials.serviceAccountId), status: 201 },
    ]);
    expect(logged[0]?.at).toBeGreaterThan(0);
  });

  it('closes idempotently, and the port stops answering', async () => {
    const other = await startMock();
    await Promise.all([other.close(), other.close()]);
    await expect(send(other, { method: 'GET', path: MOCK_DOCUMENT_PATH })).rejects.toThrow();
  });
});

describe('startMockServer failures', () => {
  it('returns OAC_ERR_USAGE for a bad option', async () => {
    const result = await startMockServer({ quota: -5 });
    expect(!result.ok && result.error.code).toBe('OAC_ERR_USAGE');
  });

  it('returns the loader error for a document it cannot read', async () => {
    const result = await startMockServer({ specPath: '/nonexistent/spec.yaml' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('/nonexistent/spec.yaml');
  });

  it('returns OAC_ERR_MOCK_START when the port is taken', async () => {
    const first = await startMock();
    const result = await startMockServer({ port: first.port });
    await first.close();
    expect(!result.ok && result.error.code).toBe('OAC_ERR_MOCK_START');
  });

  it('also serves the service-accounts document, implementing create, list, revoke and rotate', async () => {
    const server = await startMock({ specPath: MOCK_DEFAULTS.familySpecPath });
    const listing = await send(server, {
      method: 'GET',
      headers: { authorization: `Bearer ${server.credentials.token}` },
    });
    const created = await create(server, { name: 'k' });
    await server.close();
    expect(server.operations.map((op) => op.operationId).sort()).toEqual([
      'createServiceAccountApiKey',
      'listServiceAccountApiKeys',
      'revokeServiceAccountApiKey',
      'rotateServiceAccountApiKey',
    ]);
    expect(listing.status).toBe(200);
    expect(created.status).toBe(201);
  });

  it('implements only what the pinned create-only document declares', async () => {
    const server = await startMock();
    const listing = await send(server, {
      method: 'GET',
      headers: { authorization: `Bearer ${server.credentials.token}` },
    });
    await server.close();
    expect(server.operations.map((op) => op.operationId)).toEqual(['createServiceAccountApiKey']);
    expect(listing.status).toBe(405);
    expect(listing.headers['allow']).toBe('POST');
  });
});
