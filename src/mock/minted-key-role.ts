import type { Role } from './authenticate.ts';
import type { FaultName } from './faults.ts';
import { isActive, isExpired } from './key-status.ts';
import type { ApiKeyRecord, MockState } from './state.ts';

/**
 * A minted key's value is a bearer token with full permission while the key is neither revoked nor expired,
 * so a client can prove that a key works and that revoking or rotating it stops it.
 */
export function mintedKeyRole(
  state: MockState,
  token: string,
  faults: ReadonlySet<FaultName>,
  now = Date.now(),
): Role | undefined {
  const works = faults.has('revoked-key-still-works')
    ? (key: ApiKeyRecord) => !isExpired(key, now)
    : (key: ApiKeyRecord) => isActive(key, now);
  return state.keysWithValue(token).some(works) ? 'full' : undefined;
}
