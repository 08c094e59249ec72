import type { ApiKeyRecord } from './state.ts';

/** Whether a key is revoked at `now` (a revocation scheduled by a grace period counts only once it falls). */
export function isRevoked(key: ApiKeyRecord, now: number): boolean {
  return key.revokedAt !== undefined && key.revokedAt <= now;
}

/** Whether a key is expired at `now` (`expiresAt` is the first millisecond it no longer works). */
export function isExpired(key: ApiKeyRecord, now: number): boolean {
  return key.expiresAt !== undefined && key.expiresAt <= now;
}

/** Whether a key's value still opens the API at `now`: neither revoked nor expired. */
export function isActive(key: ApiKeyRecord, now: number): boolean {
  return !isRevoked(key, now) && !isExpired(key, now);
}
