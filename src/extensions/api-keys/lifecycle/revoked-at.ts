import type { CheckResult } from '../../../check/types.ts';
import { epochMs } from '../keys/listed-revocation.ts';
import { note, pass, skip, type Verdict } from './judge.ts';
import { LIFECYCLE_CHECKS as C } from './lifecycle-checks.ts';

/** When a revoke was sent and answered, by the run's clock (epoch milliseconds). */
export interface RevokeWindow {
  sentAt: number;
  answeredAt: number;
  /** The revoke answered 2xx: only then is what follows from it judged. */
  revoked?: boolean;
  /** The server's `Date` header of the revoke's answer, as epoch milliseconds, when it sent one. */
  serverDate?: number;
}

/** Clocks of two machines and a time stored in seconds are a few seconds apart at most when both are sound. */
export const CLOCK_SKEW_MS = 5_000;

const REVOKED_AT = /^(revoked|disabled|deactivated)_?(at|on|time)$/i;

type Item = Record<string, unknown>;

/** The name of the listed revocation time, from the item or, when it is absent, from the list's schema. */
export function revokedAtName(item: Item, declared: ReadonlySet<string>): string | undefined {
  return (
    Object.keys(item).find((name) => REVOKED_AT.test(name)) ?? [...declared].find((n) => REVOKED_AT.test(n))
  );
}

/** Why the window cannot judge the server's clock: its `Date` is further from ours than the skew allows. */
function clockApart(window: RevokeWindow): string | undefined {
  if (window.serverDate === undefined || Number.isNaN(window.serverDate)) return undefined;
  // `Date` has a resolution of one second.
  const apart = Math.abs(window.serverDate - window.answeredAt) - 1000;
  return apart > CLOCK_SKEW_MS
    ? `the server's clock is ${Math.round(apart / 1000)} s away from the run's: revokedAt cannot be judged`
    : undefined;
}

/** After the first revoke, the listed key carries its revocation time, within the revoke's window. */
export function revokedAtVerdict(
  item: Item,
  name: string | undefined,
  window: RevokeWindow,
  fail: (verdict: Verdict) => CheckResult,
): CheckResult {
  if (name === undefined) return skip(C.revokedAtInWindow, 'the list declares no revocation time');
  const raw = item[name];
  if (raw === undefined || raw === null)
    return fail({
      message: `a revoked key is listed without ${name}`,
      expected: `${name} set to the time of the revoke`,
      actual: `${name} ${raw === null ? 'null' : 'absent'}`,
      groupKey: 'absent',
    });
  const at = epochMs(raw);
  if (Number.isNaN(at))
    return note(C.revokedAtInWindow, `${name} ${JSON.stringify(raw)} is not a time: cannot be judged`);
  const apart = clockApart(window);
  if (apart !== undefined) return note(C.revokedAtInWindow, apart);
  const [from, to] = [window.sentAt - CLOCK_SKEW_MS, window.answeredAt + CLOCK_SKEW_MS];
  if (at >= from && at <= to) return pass(C.revokedAtInWindow);
  return fail({
    message: `a revoked key is listed with ${name} ${new Date(at).toISOString()}, outside the revoke's window`,
    expected: `${name} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()} (the revoke, ${CLOCK_SKEW_MS / 1000} s of skew allowed)`,
    actual: `${name} ${JSON.stringify(raw)}`,
    groupKey: at < from ? 'before' : 'after',
  });
}

/** After the second revoke, the listed revocation time is the one listed after the first. */
export function revokedAtKeptVerdict(
  item: Item,
  name: string | undefined,
  first: unknown,
  fail: (verdict: Verdict) => CheckResult,
): CheckResult {
  if (name === undefined) return skip(C.revokeKeepsRevokedAt, 'the list declares no revocation time');
  if (first === undefined || first === null)
    return skip(C.revokeKeepsRevokedAt, `no ${name} was listed after the first revoke`);
  const again = item[name];
  if (JSON.stringify(again) === JSON.stringify(first)) return pass(C.revokeKeepsRevokedAt);
  return fail({
    message: `revoking a revoked key again changed its ${name}`,
    expected: `${name} ${JSON.stringify(first)}, as listed after the first revoke`,
    actual: `${name} ${again === undefined ? '(absent)' : JSON.stringify(again)} after the second revoke`,
    groupKey: again === undefined ? 'absent' : 'moved',
  });
}
