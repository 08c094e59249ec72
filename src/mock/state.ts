import { isRevoked } from './key-status.ts';

/** A key as the mock stores it. The value is kept (a real server keeps a hash) so tests can inspect it. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  value: string;
  fingerprint: string;
  expiresAt?: number;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds from which the key no longer authenticates; in the future during a rotation's grace. */
  revokedAt?: number;
}

/** The mock's in-memory world: service accounts and their keys. Operations read and change only this. */
export interface MockState {
  readonly quota: number;
  hasAccount(accountId: string): boolean;
  addAccount(accountId: string): void;
  accountIds(): string[];
  /** Keys of an account in creation order; `[]` for an unknown account. */
  keys(accountId: string): readonly ApiKeyRecord[];
  /** A key of the account with this name that is not revoked at `now` (default: the current time). */
  findKeyByName(accountId: string, name: string, now?: number): ApiKeyRecord | undefined;
  findKeyById(accountId: string, id: string): ApiKeyRecord | undefined;
  /** Every key, in any account, whose value is `value` (more than one only under `repeated-value`). */
  keysWithValue(value: string): readonly ApiKeyRecord[];
  addKey(accountId: string, key: ApiKeyRecord): void;
  /** Revokes a key from `at` on; a key already revoked earlier keeps its first revocation time. */
  revokeKey(key: ApiKeyRecord, at: number): void;
  /** The last value minted, for the `repeated-value` fault. */
  lastValue(): string | undefined;
}

export function createMockState(accountIds: readonly string[], quota: number): MockState {
  const accounts = new Map<string, ApiKeyRecord[]>(accountIds.map((id) => [id, []]));
  const byValue = new Map<string, ApiKeyRecord[]>();
  let last: string | undefined;
  return {
    quota,
    hasAccount: (accountId) => accounts.has(accountId),
    addAccount(accountId) {
      if (!accounts.has(accountId)) accounts.set(accountId, []);
    },
    accountIds: () => [...accounts.keys()],
    keys: (accountId) => accounts.get(accountId) ?? [],
    findKeyByName: (accountId, name, now = Date.now()) =>
      accounts.get(accountId)?.find((key) => key.name === name && !isRevoked(key, now)),
    findKeyById: (accountId, id) => accounts.get(accountId)?.find((key) => key.id === id),
    keysWithValue: (value) => byValue.get(value) ?? [],
    addKey(accountId, key) {
      const keys = accounts.get(accountId) ?? [];
      keys.push(key);
      accounts.set(accountId, keys);
      byValue.set(key.value, [...(byValue.get(key.value) ?? []), key]);
      last = key.value;
    },
    revokeKey(key, at) {
      if (key.revokedAt === undefined || key.revokedAt > at) key.revokedAt = at;
    },
    lastValue: () => last,
  };
}
