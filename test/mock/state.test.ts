import { describe, expect, it } from 'vitest';
import { createMockState, type ApiKeyRecord } from '../../src/mock/state.ts';

const key = (name: string, value = `fk_${name}`): ApiKeyRecord => ({
  id: `id-${name}`,
  name,
  value,
  fingerprint: value.slice(-8),
  createdAt: 0,
});

describe('createMockState', () => {
  it('keeps keys per account, in creation order', () => {
    const state = createMockState(['a', 'b'], 10);
    state.addKey('a', key('one'));
    state.addKey('a', key('two'));
    state.addKey('b', key('one', 'fk_other'));
    expect(state.keys('a').map((k) => k.name)).toEqual(['one', 'two']);
    expect(state.findKeyByName('b', 'one')?.value).toBe('fk_other');
    expect(state.findKeyByName('b', 'two')).toBeUndefined();
    expect(state.lastValue()).toBe('fk_other');
  });

  it('knows only its accounts until one is added', () => {
    const state = createMockState(['a'], 0);
    expect(state.hasAccount('z')).toBe(false);
    expect(state.keys('z')).toEqual([]);
    state.addAccount('z');
    expect(state.accountIds()).toEqual(['a', 'z']);
    expect(state.quota).toBe(0);
  });
});

describe('createMockState revocation', () => {
  it('finds keys by id and value; a name is taken only by a key not revoked', () => {
    const state = createMockState(['a'], 10);
    const first = key('one');
    state.addKey('a', first);
    expect(state.findKeyById('a', 'id-one')).toBe(first);
    expect(state.keysWithValue('fk_one')).toEqual([first]);
    state.revokeKey(first, 5);
    expect(state.findKeyByName('a', 'one', 4)).toBe(first);
    expect(state.findKeyByName('a', 'one', 5)).toBeUndefined();
  });

  it('keeps the earliest revocation time', () => {
    const state = createMockState(['a'], 10);
    const record = key('one');
    state.addKey('a', record);
    state.revokeKey(record, 100);
    state.revokeKey(record, 200);
    expect(record.revokedAt).toBe(100);
    state.revokeKey(record, 50);
    expect(record.revokedAt).toBe(50);
  });
});
