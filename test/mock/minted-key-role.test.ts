import { describe, expect, it } from 'vitest';
import { mintedKeyRole } from '../../src/mock/minted-key-role.ts';
import { createMockState, type ApiKeyRecord } from '../../src/mock/state.ts';

const NOW = 1_800_000_000_000;

function stateWith(overrides: Partial<ApiKeyRecord> = {}) {
  const state = createMockState(['a'], 10);
  const key: ApiKeyRecord = { id: 'k', name: 'n', value: 'fk_value', fingerprint: 'value', createdAt: 0 };
  state.addKey('a', { ...key, ...overrides });
  return state;
}

describe('mintedKeyRole', () => {
  it('gives a minted value full permission while its key works', () => {
    expect(mintedKeyRole(stateWith(), 'fk_value', new Set(), NOW)).toBe('full');
    expect(mintedKeyRole(stateWith(), 'fk_other', new Set(), NOW)).toBeUndefined();
  });

  it('stops at the revocation time, so a grace period ends by itself', () => {
    const state = stateWith({ revokedAt: NOW + 60_000 });
    expect(mintedKeyRole(state, 'fk_value', new Set(), NOW)).toBe('full');
    expect(mintedKeyRole(state, 'fk_value', new Set(), NOW + 60_000)).toBeUndefined();
  });

  it('stops at expiry', () => {
    const state = stateWith({ expiresAt: NOW + 1 });
    expect(mintedKeyRole(state, 'fk_value', new Set(), NOW)).toBe('full');
    expect(mintedKeyRole(state, 'fk_value', new Set(), NOW + 1)).toBeUndefined();
  });

  it('revoked-key-still-works: a revoked key keeps working, an expired one does not', () => {
    const faults = new Set(['revoked-key-still-works'] as const);
    expect(mintedKeyRole(stateWith({ revokedAt: NOW - 1 }), 'fk_value', faults, NOW)).toBe('full');
    expect(mintedKeyRole(stateWith({ expiresAt: NOW - 1 }), 'fk_value', faults, NOW)).toBeUndefined();
  });
});
