import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../../src/mock/defaults.ts';
import type { MockServer } from '../../../src/mock/types.ts';
import {
  createKey,
  familyConformance,
  listedKeys,
  listKeys,
  revokeKey,
  startFamilyMock,
} from '../family-support.ts';
import { create, keysPath, send, uniqueName } from '../support.ts';

describe('listServiceAccountApiKeys', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startFamilyMock();
  });
  afterAll(() => server.close());

  it('lists every key of the account with what it is and whether it works, never its value', async () => {
    const withExpiry = await createKey(server, { expiresAt: 4_102_444_800_000 });
    const without = await createKey(server);
    await create(server, { name: uniqueName() }, { accountId: MOCK_DEFAULTS.secondServiceAccountId });
    const answer = await listKeys(server);
    expect(answer.status).toBe(200);
    expect(await familyConformance(answer, 'listServiceAccountApiKeys')).toEqual([]);
    const keys = await listedKeys(server);
    expect(keys.map((key) => key.id)).toEqual([withExpiry.id, without.id]);
    expect(keys[0]).toEqual({
      id: withExpiry.id,
      name: withExpiry.name,
      fingerprint: withExpiry.fingerprint,
      createdAt: expect.any(Number) as number,
      isRevoked: false,
      expiresAt: 4_102_444_800_000,
    });
    expect(keys[1]).not.toHaveProperty('expiresAt');
    expect(answer.text).not.toContain(withExpiry.value);
    expect(answer.text).not.toContain(without.value);
  });

  it('keeps revoked keys, marked revoked with the time', async () => {
    const key = await createKey(server);
    const before = Date.now();
    await revokeKey(server, key.id);
    const listed = (await listedKeys(server)).find((item) => item.id === key.id);
    expect(listed?.isRevoked).toBe(true);
    expect(listed?.revokedAt).toBeGreaterThanOrEqual(before);
    expect(await familyConformance(await listKeys(server), 'listServiceAccountApiKeys')).toEqual([]);
  });

  it('lets the read-only token read; refuses no token (401) and an unknown account (404)', async () => {
    expect((await listKeys(server, server.credentials.readOnlyToken)).status).toBe(200);
    const path = keysPath(server.credentials.serviceAccountId);
    expect((await send(server, { method: 'GET', path, headers: {} })).status).toBe(401);
    const unknown = keysPath(server.credentials.unknownServiceAccountId);
    const headers = { authorization: `Bearer ${server.credentials.token}` };
    expect((await send(server, { method: 'GET', path: unknown, headers })).status).toBe(404);
  });
});
