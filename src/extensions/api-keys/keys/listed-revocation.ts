const REVOKED_FLAG = /^(is_?)?(revoked|disabled|deactivated)$/i;
const ACTIVE_FLAG = /^(is_?)?(active|enabled|valid)$/i;
const REVOKED_AT = /^(revoked|disabled|deactivated)_?(at|on|time)$/i;

/** A time as epoch milliseconds: a number (seconds when below 10^12) or a date string; NaN otherwise. */
export function epochMs(value: unknown): number {
  const at = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return at < 1e12 ? at * 1000 : at;
}

/**
 * Whether a listed key says it is revoked, from the fields lists usually carry: a boolean `isRevoked`
 * (`revoked`, `disabled`...), a boolean `active` (`enabled`...), or a `revokedAt` time. Undefined when the
 * item carries none of them.
 */
export function listedRevocation(
  item: Record<string, unknown>,
  now: number = Date.now(),
): boolean | undefined {
  for (const [name, value] of Object.entries(item)) {
    if (typeof value !== 'boolean') continue;
    if (REVOKED_FLAG.test(name)) return value;
    if (ACTIVE_FLAG.test(name)) return !value;
  }
  for (const [name, value] of Object.entries(item)) {
    if (!REVOKED_AT.test(name) || value === null || value === undefined) continue;
    return epochMs(value) <= now;
  }
  return undefined;
}
