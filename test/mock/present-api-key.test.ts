import { describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/mock/faults.ts';
import { presentCreatedKey } from '../../src/mock/present-api-key.ts';
import type { ApiKeyRecord } from '../../src/mock/state.ts';

const key: ApiKeyRecord = {
  id: 'key_1',
  name: '  padded ',
  value: 'fk_abcdefgh12345678',
  fingerprint: '12345678',
  expiresAt: 1_700_000_123_456,
  createdAt: 0,
};
const present = (...faults: FaultName[]) => presentCreatedKey(key, new Set(faults));

describe('presentCreatedKey', () => {
  it('answers 201 with the key, name and expiry echoed exactly', () => {
    expect(present()).toEqual({
      status: 201,
      body: {
        apiKey: {
          id: 'key_1',
          value: 'fk_abcdefgh12345678',
          fingerprint: '12345678',
          name: '  padded ',
          expiresAt: 1_700_000_123_456,
        },
      },
    });
  });

  it('bends as the presentation faults say', () => {
    const apiKey = (...faults: FaultName[]) =>
      (present(...faults).body as { apiKey: Record<string, unknown> }).apiKey;
    expect(present('status-200').status).toBe(200);
    expect(apiKey('missing-fingerprint')).not.toHaveProperty('fingerprint');
    expect(apiKey('extra-response-field')).toHaveProperty('createdAt');
    expect(apiKey('name-trimmed')['name']).toBe('padded');
    expect(apiKey('expiry-not-echoed')).not.toHaveProperty('expiresAt');
    expect(apiKey('expiry-in-seconds')['expiresAt']).toBe(1_700_000_123);
  });
});
