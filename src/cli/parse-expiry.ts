import { err, ok, type Result } from '../core/result.ts';
import { isCalendarDate } from '../report/calendar-date.ts';

/** `--expires YYYY-MM-DD`: a real date, today or later (an entry already expired would fail at once). */
export function parseExpiry(raw: string | undefined, today: string): Result<string | undefined> {
  if (raw === undefined) return ok(undefined);
  if (!isCalendarDate(raw))
    return err('OAC_ERR_USAGE', `--expires must be a date as YYYY-MM-DD, got "${raw}"`);
  if (raw < today) return err('OAC_ERR_USAGE', `--expires ${raw} is in the past (today is ${today} UTC)`);
  return ok(raw);
}
