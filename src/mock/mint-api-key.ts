import { randomBytes } from 'node:crypto';
import type { FaultName } from './faults.ts';
import type { ApiKeyRecord, MockState } from './state.ts';

/** `fk_` + 40 base64url characters: 240 random bits, so values never collide in practice. */
const VALUE_PREFIX = 'fk_';
const VALUE_BYTES = 30;
/** The fingerprint is the value's last characters: enough to tell keys apart, useless to an attacker. */
export const FINGERPRINT_LENGTH = 8;

function fingerprintOf(value: string, faults: ReadonlySet<FaultName>): string {
  if (faults.has('fingerprint-is-value')) return value;
  if (faults.has('fingerprint-not-suffix')) return value.slice(0, FINGERPRINT_LENGTH);
  return value.slice(-FINGERPRINT_LENGTH);
}

export interface MintInput {
  name: string;
  expiresAt?: number;
}

/** A new key with a fresh id and one-time value (crypto random), not yet stored. */
export function mintApiKey(input: MintInput, state: MockState, faults: ReadonlySet<FaultName>): ApiKeyRecord {
  const fresh = VALUE_PREFIX + randomBytes(VALUE_BYTES).toString('base64url');
  const value = faults.has('repeated-value') ? (state.lastValue() ?? fresh) : fresh;
  return {
    id: `key_${randomBytes(12).toString('hex')}`,
    name: input.name,
    value,
    fingerprint: fingerprintOf(value, faults),
    ...(input.expiresAt === undefined ? {} : { expiresAt: input.expiresAt }),
    createdAt: Date.now(),
  };
}
