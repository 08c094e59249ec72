import type { Check } from '../../../check/types.ts';

/** A check of a key's life cycle: judged by the life-cycle steps over several exchanges, not per exchange. */
export type LifecycleCheck = Pick<Check, 'name' | 'severity' | 'origin' | 'description'>;

const check = (
  name: string,
  severity: LifecycleCheck['severity'],
  origin: LifecycleCheck['origin'],
  description: string,
): LifecycleCheck => ({ name, severity, origin, description });

/** Every life-cycle check, in the order the steps judge them. Names are stable (reports, --disable-check). */
export const LIFECYCLE_CHECKS = {
  listedAsCreated: check(
    'lifecycle_listed_as_created',
    'high',
    'description',
    'A created key appears in the list with the same id, name, fingerprint and expiry.',
  ),
  listedWithoutValue: check(
    'lifecycle_listed_without_value',
    'critical',
    'description',
    'The list never shows a key value (no minted value, no secret field).',
  ),
  valueAuthenticates: check(
    'lifecycle_value_authenticates',
    'high',
    'description',
    'A minted value works as a bearer token until it is rotated or revoked (401 means it does not).',
  ),
  rotateIssuesNewValue: check(
    'lifecycle_rotate_issues_new_value',
    'high',
    'description',
    'Rotating a key answers a new key whose value differs from the old one.',
  ),
  rotateKeepsName: check(
    'lifecycle_rotate_keeps_name',
    'medium',
    'description',
    'The key a rotation issues has the name of the rotated key.',
  ),
  rotatedValueStops: check(
    'lifecycle_rotated_value_stops',
    'critical',
    'description',
    'Without a grace period, the rotated-from value stops authenticating at once (401).',
  ),
  gracePeriodHonoured: check(
    'lifecycle_grace_period_honoured',
    'medium',
    'description',
    'With a grace period, the rotated-from value still authenticates right after the rotation.',
  ),
  graceBeyondExpiryRejected: check(
    'lifecycle_grace_beyond_expiry_rejected',
    'medium',
    'description',
    "A grace period that would outlive the key's expiry is refused with a declared 4xx.",
  ),
  revokeIdempotent: check(
    'lifecycle_revoke_idempotent',
    'medium',
    'description',
    'Revoking a key twice succeeds both times (2xx).',
  ),
  revokedValueStops: check(
    'lifecycle_revoked_value_stops',
    'critical',
    'description',
    'A revoked value no longer authenticates (401).',
  ),
  listedAsRevoked: check(
    'lifecycle_listed_as_revoked',
    'medium',
    'description',
    'A revoked key stays in the list, marked revoked.',
  ),
  revokedAtInWindow: check(
    'lifecycle_revoked_at_in_window',
    'medium',
    'description',
    "After a revoke, the list shows the key's revocation time (revokedAt) within the run's clock window (a few seconds of skew allowed).",
  ),
  revokeKeepsRevokedAt: check(
    'lifecycle_revoke_keeps_revoked_at',
    'medium',
    'description',
    'Revoking an already revoked key changes nothing: its listed revocation time stays the same.',
  ),
  graceBoundsHonoured: check(
    'lifecycle_grace_bounds_honoured',
    'medium',
    'description',
    'Rotation accepts the grace period at both bounds of its schema and honours each: the shortest (0: none) and the longest keep or stop the rotated-from value as they say.',
  ),
  revokedKeyRefused: check(
    'lifecycle_revoked_key_refused',
    'medium',
    'description',
    'Rotating a revoked key is refused with a declared client error, never a new key.',
  ),
  unknownKeyNotFound: check(
    'lifecycle_unknown_key_not_found',
    'medium',
    'http',
    'Revoking or rotating a key id that does not exist is answered 404 (or its declared client error).',
  ),
} as const satisfies Record<string, LifecycleCheck>;

export const LIFECYCLE_CHECK_LIST: readonly LifecycleCheck[] = Object.values(LIFECYCLE_CHECKS);
