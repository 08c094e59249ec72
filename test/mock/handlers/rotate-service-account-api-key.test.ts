import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../../src/mock/types.ts';
import {
  apiKeyOf,
  authenticates,
  createKey,
  familyConformance,
  listedKeys,
  revokeKey,
  rotateKey,
  startFamilyMock,
} from '../family-support.ts';

const FAR = 4_102_444_800_000;

describe('rotateServiceAccountApiKey', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startFamilyMock();
  });
  afterAll(() => server.close());

  it('issues a new id and value under the same name and expiry; the old value stops at once', async () => {
    const old = await createKey(server, { expiresAt: FAR });
    const answer = await rotateKey(server, old.id);
    expect(answer.status).toBe(200);
    expect(await familyConformance(answer, 'rotateServiceAccountApiKey')).toEqual([]);
    const fresh = apiKeyOf(answer);
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.value).not.toBe(old.value);
    expect(fresh.value.endsWith(fresh.fingerprint)).toBe(true);
    expect({ name: fresh.name, expiresAt: fresh.expiresAt }).toEqual({ name: old.name, expiresAt: FAR });
    expect(await authenticates(server, old.value)).toBe(false);
    expect(await authenticates(server, fresh.value)).toBe(true);
    const listed = await listedKeys(server);
    expect(listed.find((key) => key.id === old.id)?.isRevoked).toBe(true);
    expect(listed.find((key) => key.id === fresh.id)?.isRevoked).toBe(false);
  });

  it('takes a new expiry from the body', async () => {
    const old = await createKey(server, { expiresAt: FAR });
    const fresh = apiKeyOf(await rotateKey(server, old.id, { expiresAt: FAR + 1 }));
    expect(fresh.expiresAt).toBe(FAR + 1);
  });

  it('keeps the old value working during gracePeriodMinutes, listed as not yet revoked', async () => {
    const old = await createKey(server);
    const fresh = apiKeyOf(await rotateKey(server, old.id, { gracePeriodMinutes: 2 }));
    expect(await authenticates(server, old.value)).toBe(true);
    expect(await authenticates(server, fresh.value)).toBe(true);
    const listed = (await listedKeys(server)).find((key) => key.id === old.id);
    expect(listed?.isRevoked).toBe(false);
    expect(server.state.findKeyById(server.credentials.serviceAccountId, old.id)?.revokedAt).toBeGreaterThan(
      Date.now() + 60_000,
    );
  });

  it('answers 400 when the grace window would outlive the key, and changes nothing', async () => {
    const old = await createKey(server, { expiresAt: Date.now() + 60_000 });
    const before = (await listedKeys(server)).length;
    const answer = await rotateKey(server, old.id, { gracePeriodMinutes: 5 });
    expect(answer.status).toBe(400);
    expect(await familyConformance(answer, 'rotateServiceAccountApiKey')).toEqual([]);
    expect((await listedKeys(server)).length).toBe(before);
    expect(await authenticates(server, old.value)).toBe(true);
    expect((await rotateKey(server, old.id, { gracePeriodMinutes: 0 })).status).toBe(200);
  });

  it('answers 409 for a revoked key, 404 for an unknown one, 403 to the read-only token', async () => {
    const key = await createKey(server);
    expect((await rotateKey(server, key.id, {}, server.credentials.readOnlyToken)).status).toBe(403);
    await revokeKey(server, key.id);
    const revoked = await rotateKey(server, key.id);
    expect(revoked.status).toBe(409);
    expect(await familyConformance(revoked, 'rotateServiceAccountApiKey')).toEqual([]);
    expect((await rotateKey(server, 'key_unknown')).status).toBe(404);
    expect((await rotateKey(server, key.id, { gracePeriodMinutes: 11 })).status).toBe(400);
  });
});
