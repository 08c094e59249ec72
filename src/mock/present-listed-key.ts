import type { FaultName } from './faults.ts';
import { isRevoked } from './key-status.ts';
import type { ApiKeyRecord } from './state.ts';

/**
 * A key as the list shows it: what it is and whether it still works, never its value. A revocation
 * scheduled by a grace period shows only once it has fallen.
 */
export function presentListedKey(
  key: ApiKeyRecord,
  now: number,
  faults: ReadonlySet<FaultName>,
): Record<string, unknown> {
  const revoked = isRevoked(key, now);
  return {
    id: key.id,
    name: key.name,
    fingerprint: key.fingerprint,
    createdAt: key.createdAt,
    isRevoked: revoked,
    ...(key.expiresAt === undefined ? {} : { expiresAt: key.expiresAt }),
    ...(revoked && key.revokedAt !== undefined && !faults.has('revoked-at-not-listed')
      ? { revokedAt: key.revokedAt }
      : {}),
    ...(faults.has('list-leaks-value') ? { value: key.value } : {}),
  };
}
