/**
 * Deliberate, realistic bugs the mock can carry, so the checker can be tested against servers that are wrong in
 * one known way. Each fault changes only the behaviour its line describes; a mock without faults is correct.
 */
export const FAULTS = {
  'no-max-length': 'accepts strings longer than their maxLength (a 129-code-point name)',
  'utf16-length': 'counts string lengths in UTF-16 code units instead of code points',
  'utf8-length': 'counts string lengths in UTF-8 bytes instead of code points',
  'inclusive-expiry': 'treats an exclusive minimum as inclusive (accepts expiresAt 0)',
  'float-expiry': 'accepts non-integer numbers where an integer is required (expiresAt 1.5)',
  'string-expiry': 'coerces numeric strings where a number is required (expiresAt "5")',
  'extra-properties-accepted': 'ignores undeclared body properties instead of rejecting them',
  'missing-name-accepted': 'accepts a body that lacks a required property (no name)',
  'null-name-500': 'crashes with 500 when name is null',
  'null-as-unset': 'treats null as "not set" for a property that is not nullable (expiresAt null gets 201)',
  'array-unwrapped': 'accepts a body sent as a JSON array holding one valid object, as if unwrapped (201)',
  'malformed-json-500': 'crashes with 500 on a body that is not valid JSON',
  'any-content-type': 'parses the body as JSON whatever its Content-Type says',
  'undeclared-422': 'answers request validation errors with the undeclared status 422 instead of 400',
  'status-200': 'answers a successful creation with 200 instead of 201',
  'missing-fingerprint': 'leaves fingerprint out of the 201 body',
  'extra-response-field': 'adds an undeclared property (createdAt) to the created key',
  'fingerprint-is-value': 'returns the whole key value as its fingerprint',
  'fingerprint-not-suffix': 'returns a fingerprint that is not a suffix of the value',
  'repeated-value': 'mints the same key value for every key',
  'name-trimmed': 'echoes the name with surrounding whitespace trimmed',
  'expiry-not-echoed': 'leaves expiresAt out of the 201 body',
  'expiry-in-seconds': 'echoes expiresAt converted to seconds instead of the milliseconds sent',
  'duplicate-accepted': 'creates a second key with a name already used in the account',
  'value-in-error': 'puts the existing key value in the 409 detail',
  'forbidden-leaks-key': 'names a freshly minted key value in the detail of its 403 answers',
  'mint-before-authorize': 'creates the key before checking permission: the 403 shows the key it created',
  'mint-before-authorize-silent':
    'creates the key before checking permission; the 403 is a plain refusal (only the list shows the key)',
  'broken-json-201': 'builds its 201 JSON by hand: a `"` in the name breaks it, the key value inside',
  'quota-ignored': 'never answers 402, whatever the quota',
  'no-auth': 'accepts requests without an Authorization header',
  'unknown-token-accepted': 'accepts any well-formed bearer token, known or not',
  'case-sensitive-bearer': 'rejects the scheme unless written exactly `Bearer` (401 for `bearer`)',
  'readonly-can-create': 'lets the read-only token create keys (201 instead of 403)',
  'forbidden-as-401': 'answers the read-only token with 401 instead of 403',
  'unknown-account-201': 'creates keys for a service account it does not know instead of 404',
  'text-plain-errors': 'sends error bodies as text/plain',
  'error-missing-title': 'leaves title out of error bodies',
  'error-status-mismatch': 'puts a status in error bodies that differs from the HTTP status',
  'list-leaks-value': 'shows each key value in the list of keys',
  'list-omits-revoked': 'leaves revoked keys out of the list (it must show active and inactive keys)',
  'revoke-not-idempotent': 'answers 404 to revoking a key that is already revoked',
  'revoke-unknown-204': 'answers 204 to revoking a key id that does not exist',
  'revoked-key-still-works': 'keeps accepting the value of a revoked key as a bearer token',
  'rotate-keeps-old-value': 'returns the old value again when rotating a key',
  'rotate-changes-name': 'gives the key issued by a rotation a different name',
  'rotate-old-key-kept': 'never revokes the rotated-from key',
  'rotate-revoked-key': 'rotates a revoked key (200) instead of refusing it',
  'grace-period-ignored': 'revokes the rotated-from key at once whatever gracePeriodMinutes says',
  'grace-beyond-expiry-accepted': "accepts a grace period that outlives the key's expiry instead of 400",
  slow: 'answers operation requests only after a long delay (slowMs, default 2 s)',
  // Life-cycle state (revocation time, grace bounds).
  'revoked-at-not-listed': 'lists a revoked key as revoked but without its revokedAt',
  'revoke-moves-revoked-at': 'moves revokedAt forward when a key that is already revoked is revoked again',
  'grace-max-ignored':
    'revokes the rotated-from key at once when gracePeriodMinutes is at its maximum (10): an off-by-one bound',
} as const satisfies Record<string, string>;

export type FaultName = keyof typeof FAULTS;

export const FAULT_NAMES = Object.keys(FAULTS) as FaultName[];

export function isFaultName(value: string): value is FaultName {
  return Object.hasOwn(FAULTS, value);
}
