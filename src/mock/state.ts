/** A key as the mock stores it. The value is kept (a real server keeps a hash) so tests can inspect it. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  value: string;
  fingerprint: string;
  expiresAt?: number;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** The mock's in-memory world: service accounts and their keys. Operations read and change only this. */
export interface MockState {
  readonly quota: number;
  hasAccount(accountId: string): boolean;
  addAccount(accountId: string): void;
  accountIds(): string[];
  /** Keys of an account in creation order; `[]` for an unknown account. */
  keys(accountId: string): readonly ApiKeyRecord[];
  findKeyByName(accountId: string, name: string): ApiKeyRecord | undefined;
  addKey(accountId: string, key: ApiKeyRecord): void;
  /** The last value minted, for the `repeated-value` fault. */
  lastValue(): string | undefined;
}

export function createMockState(accountIds: readonly string[], quota: number): MockState {
  const accounts = new Map<string, ApiKeyRecord[]>(accountIds.map((id) => [id, []]));
  let last: string | undefined;
  return {
    quota,
    hasAccount: (accountId) => accounts.has(accountId),
    addAccount(accountId) {
      if (!accounts.has(accountId)) accounts.set(accountId, []);
    },
    accountIds: () => [...accounts.keys()],
    keys: (accountId) => accounts.get(accountId) ?? [],
    findKeyByName: (accountId, name) => accounts.get(accountId)?.find((key) => key.name === name),
    addKey(accountId, key) {
      const keys = accounts.get(accountId) ?? [];
      keys.push(key);
      accounts.set(accountId, keys);
      last = key.value;
    },
    lastValue: () => last,
  };
}
