import { createHash } from 'node:crypto';

/** What identifies a distinct problem across runs: never case ids, seeds or messages, which change. */
export interface FindingIdentity {
  operationId: string;
  check: string;
  groupKey: string;
  status?: number;
}

/**
 * A short, stable fingerprint of a finding (operation x check x group key x status), used by baselines and
 * replay file names: the same bug found by another seed has the same fingerprint.
 */
export function findingFingerprint(identity: FindingIdentity): string {
  const parts = [identity.operationId, identity.check, identity.groupKey, identity.status ?? null];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}
