import { err, ok, type Result } from '../core/result.ts';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `30m`, `1h`, `2d` or `0` as milliseconds; anything else is a usage error naming the flag. */
export function parseAge(raw: string): Result<number> {
  const match = /^(\d+(?:\.\d+)?)([smhd])?$/.exec(raw.trim());
  const [, amount = '', unit] = match ?? [];
  if (match === null || (unit === undefined && Number(amount) !== 0))
    return err('OAC_ERR_USAGE', `--older-than must be a duration such as 30m, 1h or 2d (or 0), got "${raw}"`);
  return ok(Number(amount) * (unit === undefined ? 0 : (UNITS[unit] ?? 0)));
}

/** `2h 5m`, `40s`: an age for people. */
export function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return `${Math.floor(ms / 1000)}s`;
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours}h ${minutes % 60}m` : `${Math.floor(hours / 24)}d`;
}
