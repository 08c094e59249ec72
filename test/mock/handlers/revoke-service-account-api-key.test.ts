import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../../src/mock/types.ts';
import {
  authenticates,
  createKey,
  familyConformance,
  listedKeys,
  revokeKey,
  rotateKey,
  startFamilyMock,
} from '../family-support.ts';

describe('revokeServiceAccountApiKey', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startFamilyMock();
  });
  afterAll(() => server.close());

  it('answers 204 without content, and again 204 for a key already revoked (idempotent)', async () => {
    const key = await createKey(server);
    for (const attempt of [1, 2]) {
      const answer = await revokeKey(server, key.id);
      expect(answer.status, `attempt ${attempt}`).toBe(204);
      expect(answer.text).toBe('');
      expect(answer.headers['content-type']).toBeUndefined();
      expect(await familyConformance(answer, 'revokeServiceAccountApiKey')).toEqual([]);
    }
  });

  it('stops the key authenticating, and only that key', async () => {
    const [kept, revoked] = [await createKey(server), await createKey(server)];
    expect(await authenticates(server, revoked.value)).toBe(true);
    await revokeKey(server, revoked.id);
    expect(await authenticates(server, revoked.value)).toBe(false);
    expect(await authenticates(server, kept.value)).toBe(true);
  });

  it('answers 404 to an unknown key id, 403 to the read-only token, 401 to a revoked value', async () => {
    const unknown = await revokeKey(server, 'key_does_not_exist');
    expect(unknown.status).toBe(404);
    expect(await familyConformance(unknown, 'revokeServiceAccountApiKey')).toEqual([]);
    const key = await createKey(server);
    expect((await revokeKey(server, key.id, server.credentials.readOnlyToken)).status).toBe(403);
    const other = await createKey(server);
    await revokeKey(server, other.id);
    expect((await revokeKey(server, key.id, other.value)).status).toBe(401);
    expect((await revokeKey(server, key.id, key.value)).status).toBe(204);
  });

  it('ends a rotation grace period at once', async () => {
    const key = await createKey(server);
    await rotateKey(server, key.id, { gracePeriodMinutes: 5 });
    expect(await authenticates(server, key.value)).toBe(true);
    await revokeKey(server, key.id);
    expect(await authenticates(server, key.value)).toBe(false);
    expect((await listedKeys(server)).find((item) => item.id === key.id)?.isRevoked).toBe(true);
  });
});
