import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../../src/check/types.ts';
import type { Verdict } from '../../../../src/extensions/api-keys/lifecycle/judge.ts';
import {
  CLOCK_SKEW_MS,
  revokedAtKeptVerdict,
  revokedAtName,
  revokedAtVerdict,
} from '../../../../src/extensions/api-keys/lifecycle/revoked-at.ts';

const failed = (verdict: Verdict): CheckResult => ({
  check: 'x',
  severity: 'medium',
  origin: 'description',
  outcome: {
    status: 'failed',
    message: verdict.message,
    evidence: { expected: verdict.expected, actual: verdict.actual },
    groupKey: verdict.groupKey,
  },
});
const NOW = Date.UTC(2026, 11, 4, 12);
const window = { sentAt: NOW, answeredAt: NOW + 20 };
const status = (result: CheckResult) => result.outcome.status;

describe('revokedAtName', () => {
  it('finds the revocation time in the item, else in the declared properties', () => {
    expect(revokedAtName({ id: 'k', revoked_at: 1 }, new Set())).toBe('revoked_at');
    expect(revokedAtName({ id: 'k' }, new Set(['id', 'revokedAt']))).toBe('revokedAt');
    expect(revokedAtName({ id: 'k' }, new Set(['id']))).toBeUndefined();
  });
});

describe('revokedAtVerdict', () => {
  it('passes a time inside the window, with the skew, in milliseconds, seconds or a date', () => {
    for (const at of [NOW + 10, NOW - CLOCK_SKEW_MS + 1, Math.floor(NOW / 1000), new Date(NOW).toISOString()])
      expect(status(revokedAtVerdict({ revokedAt: at }, 'revokedAt', window, failed))).toBe('passed');
  });

  it('fails an absent or null time, and one outside the window', () => {
    const judge = (item: Record<string, unknown>) => revokedAtVerdict(item, 'revokedAt', window, failed);
    expect(judge({}).outcome).toMatchObject({ status: 'failed', groupKey: 'absent' });
    expect(judge({ revokedAt: null }).outcome).toMatchObject({ status: 'failed', groupKey: 'absent' });
    expect(judge({ revokedAt: NOW - 60_000 }).outcome).toMatchObject({
      status: 'failed',
      groupKey: 'before',
    });
    expect(judge({ revokedAt: NOW + 60_000 }).outcome).toMatchObject({ status: 'failed', groupKey: 'after' });
  });

  it('cannot judge without a declared time, a time it cannot read, or a server clock far from the run', () => {
    expect(status(revokedAtVerdict({}, undefined, window, failed))).toBe('skipped');
    expect(status(revokedAtVerdict({ revokedAt: 'soon' }, 'revokedAt', window, failed))).toBe('noted');
    const apart = { ...window, serverDate: NOW + 3_600_000 };
    const result = revokedAtVerdict({ revokedAt: NOW + 3_600_000 }, 'revokedAt', apart, failed);
    expect(result.outcome).toMatchObject({ status: 'noted', message: expect.stringContaining('clock') });
  });
});

describe('revokedAtKeptVerdict', () => {
  it('passes the same time, fails a moved or vanished one, skips when there was none', () => {
    const judge = (item: Record<string, unknown>, first: unknown) =>
      revokedAtKeptVerdict(item, 'revokedAt', first, failed);
    expect(status(judge({ revokedAt: NOW }, NOW))).toBe('passed');
    expect(judge({ revokedAt: NOW + 1 }, NOW).outcome).toMatchObject({ status: 'failed', groupKey: 'moved' });
    expect(judge({}, NOW).outcome).toMatchObject({ status: 'failed', groupKey: 'absent' });
    expect(status(judge({ revokedAt: NOW }, undefined))).toBe('skipped');
  });
});
