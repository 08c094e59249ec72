import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../../src/mock/defaults.ts';
import type { MockServer } from '../../../src/mock/types.ts';
import { expectConforms } from '../conformance.ts';
import { create, detailOf, startMock, uniqueName } from '../support.ts';

interface CreatedKey {
  id: string;
  value: string;
  fingerprint: string;
  name: string;
  expiresAt?: number;
}

function apiKeyOf(body: unknown): CreatedKey {
  return (body as { apiKey: CreatedKey }).apiKey;
}

describe('createServiceAccountApiKey', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMock();
  });
  afterAll(() => server.close());

  it('answers 201 echoing name and expiresAt exactly, with a fingerprint that is a suffix of the value', async () => {
    const name = `  ${uniqueName()} 名前 😀 `;
    const answer = await create(server, { name, expiresAt: 4_102_444_800_000 });
    expect(answer.status).toBe(201);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['cache-control']).toBe('no-store');
    const key = apiKeyOf(answer.json);
    expect(Object.keys(key).sort()).toEqual(['expiresAt', 'fingerprint', 'id', 'name', 'value']);
    expect(key.name).toBe(name);
    expect(key.expiresAt).toBe(4_102_444_800_000);
    expect(key.value.length).toBeGreaterThanOrEqual(40);
    expect(key.fingerprint.length).toBeLessThan(key.value.length);
    expect(key.value.endsWith(key.fingerprint)).toBe(true);
    await expectConforms(answer);
  });

  it('leaves expiresAt out when none was sent, and stores the key in the account', async () => {
    const name = uniqueName();
    const answer = await create(server, { name });
    const key = apiKeyOf(answer.json);
    expect(key).not.toHaveProperty('expiresAt');
    expect(server.state.findKeyByName(server.credentials.serviceAccountId, name)).toMatchObject({
      id: key.id,
      value: key.value,
    });
  });

  it('mints unique ids and values', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => create(server, { name: uniqueName() })),
    );
    const keys = answers.map((answer) => apiKeyOf(answer.json));
    expect(new Set(keys.map((k) => k.id)).size).toBe(30);
    expect(new Set(keys.map((k) => k.value)).size).toBe(30);
  });

  it('answers 409 to a name already used in the account, without leaking the existing value', async () => {
    const name = uniqueName('dup');
    const first = apiKeyOf((await create(server, { name })).json);
    const again = await create(server, { name, expiresAt: 5 });
    expect(again.status).toBe(409);
    expect(detailOf(again)).toContain(JSON.stringify(name));
    expect(again.text).not.toContain(first.value);
    await expectConforms(again);
    const otherAccount = await create(server, { name }, { accountId: MOCK_DEFAULTS.secondServiceAccountId });
    expect(otherAccount.status).toBe(201);
    const differentCase = await create(server, { name: name.toUpperCase() });
    expect(differentCase.status).toBe(201);
  });
});

describe('createServiceAccountApiKey quota', () => {
  it('answers 402 past the quota, per account', async () => {
    const server = await startMock({ quota: 2 });
    try {
      expect((await create(server, { name: 'a' })).status).toBe(201);
      expect((await create(server, { name: 'b' })).status).toBe(201);
      const over = await create(server, { name: 'c' });
      expect(over.status).toBe(402);
      expect(detailOf(over)).toContain('quota of 2');
      await expectConforms(over);
      expect((await create(server, { name: 'a' })).status).toBe(409);
      expect(
        (await create(server, { name: 'c' }, { accountId: MOCK_DEFAULTS.secondServiceAccountId })).status,
      ).toBe(201);
      expect(server.state.keys(server.credentials.serviceAccountId)).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
