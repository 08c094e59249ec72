import { describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/mock/faults.ts';
import { FINGERPRINT_LENGTH, mintApiKey } from '../../src/mock/mint-api-key.ts';
import { createMockState } from '../../src/mock/state.ts';

function mintMany(count: number, faults: FaultName[] = []) {
  const state = createMockState(['a'], 1000);
  return Array.from({ length: count }, (_, i) => {
    const key = mintApiKey({ name: `k${i}` }, state, new Set(faults));
    state.addKey('a', key);
    return key;
  });
}

describe('mintApiKey', () => {
  it('mints unique ids and long values whose fingerprint is their suffix', () => {
    const keys = mintMany(200);
    expect(new Set(keys.map((k) => k.id)).size).toBe(200);
    expect(new Set(keys.map((k) => k.value)).size).toBe(200);
    for (const k of keys) {
      expect(k.value).toMatch(/^fk_[A-Za-z0-9_-]{40}$/);
      expect(k.fingerprint).toHaveLength(FINGERPRINT_LENGTH);
      expect(k.value.endsWith(k.fingerprint)).toBe(true);
    }
  });

  it('keeps the name and expiry exactly', () => {
    const state = createMockState(['a'], 1);
    expect(mintApiKey({ name: ' 名前 ', expiresAt: 1 }, state, new Set())).toMatchObject({
      name: ' 名前 ',
      expiresAt: 1,
    });
    expect(mintApiKey({ name: 'x' }, state, new Set())).not.toHaveProperty('expiresAt');
  });

  it('bends as the minting faults say', () => {
    const repeated = mintMany(3, ['repeated-value']);
    expect(new Set(repeated.map((k) => k.value)).size).toBe(1);
    for (const k of mintMany(3, ['fingerprint-is-value'])) expect(k.fingerprint).toBe(k.value);
    for (const k of mintMany(3, ['fingerprint-not-suffix']))
      expect(k.value.endsWith(k.fingerprint)).toBe(false);
  });
});
