import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBaseline, parseBaseline, readBaseline } from '../../src/report/baseline-file.ts';
import { isCalendarDate, todayUtc } from '../../src/report/calendar-date.ts';
import { compareBaseline } from '../../src/report/compare-baseline.ts';
import { findingFingerprint } from '../../src/report/finding-fingerprint.ts';
import { updateBaseline } from '../../src/report/update-baseline.ts';
import { fakeGroup } from './support/fake-results.ts';

const maxLength = fakeGroup();
const crash = fakeGroup({
  check: 'not_a_server_error',
  severity: 'critical',
  groupKey: 'status:500',
  status: 500,
});
const leak = fakeGroup({
  check: 'secret_not_in_error_body',
  severity: 'critical',
  groupKey: 'leak:409',
  status: 409,
});

describe('findingFingerprint', () => {
  it('depends on operation, check, group key and status only (not case ids, seeds or messages)', () => {
    const other = fakeGroup(
      { caseId: 'x/positive/9', message: 'other words', replay: { seed: 1, path: '4' } },
      99,
    );
    expect(findingFingerprint(other)).toBe(findingFingerprint(maxLength));
    expect(findingFingerprint({ ...maxLength, status: 202 })).not.toBe(findingFingerprint(maxLength));
    expect(findingFingerprint({ ...maxLength, groupKey: 'x' })).not.toBe(findingFingerprint(maxLength));
    expect(findingFingerprint(maxLength)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('updateBaseline and formatBaseline', () => {
  it('writes plain, sorted, pretty JSON that reads back the same', () => {
    const { baseline, added } = updateBaseline(undefined, [leak, maxLength, crash], {
      expires: '2999-01-01',
      note: 'T-1',
    });
    expect(added).toHaveLength(3);
    const text = formatBaseline(baseline);
    expect(text).toBe(
      formatBaseline(
        updateBaseline(undefined, [crash, leak, maxLength], { expires: '2999-01-01', note: 'T-1' }).baseline,
      ),
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n').length).toBeGreaterThan(20);
    const checks = [...text.matchAll(/"check": "([^"]+)"/g)].map((match) => match[1]);
    expect(checks).toEqual(['negative_data_rejection', 'not_a_server_error', 'secret_not_in_error_body']);
    const parsed = parseBaseline(text, 'b.json');
    expect(parsed.ok && formatBaseline(parsed.value)).toBe(text);
    expect(text).not.toContain('createServiceAccountApiKey/negative/3');
  });

  it('keeps expiry and note of known entries, gives new ones the flags, drops fixed ones', () => {
    const first = updateBaseline(undefined, [maxLength, crash], {
      expires: '2999-01-01',
      note: 'old',
    }).baseline;
    const next = updateBaseline(first, [maxLength, leak], { note: 'new' });
    expect(next.added.map((entry) => entry.check)).toEqual(['secret_not_in_error_body']);
    expect(next.removed.map((entry) => entry.check)).toEqual(['not_a_server_error']);
    const byCheck = new Map(next.baseline.findings.map((entry) => [entry.check, entry]));
    expect(byCheck.get('negative_data_rejection')).toMatchObject({ expires: '2999-01-01', note: 'old' });
    expect(byCheck.get('secret_not_in_error_body')).toMatchObject({ note: 'new' });
    expect(byCheck.get('secret_not_in_error_body')?.expires).toBeUndefined();
  });
});

describe('compareBaseline', () => {
  const baseline = updateBaseline(undefined, [maxLength, crash]).baseline;

  it('passes while exactly the known findings remain', () => {
    const verdict = compareBaseline(baseline, [crash, maxLength], '2026-06-01');
    expect(verdict.passed).toBe(true);
    expect(verdict.known).toHaveLength(2);
  });

  it('fails on a new finding, on a known one that no longer occurs, and on an expired one', () => {
    const added = compareBaseline(baseline, [maxLength, crash, leak], '2026-06-01');
    expect(added.passed).toBe(false);
    expect(added.added.map((group) => group.check)).toEqual(['secret_not_in_error_body']);
    const gone = compareBaseline(baseline, [maxLength], '2026-06-01');
    expect(gone.passed).toBe(false);
    expect(gone.gone.map((entry) => entry.check)).toEqual(['not_a_server_error']);
    const dated = updateBaseline(undefined, [maxLength], { expires: '2026-05-31' }).baseline;
    expect(compareBaseline(dated, [maxLength], '2026-05-31').passed).toBe(true);
    const expired = compareBaseline(dated, [maxLength], '2026-06-01');
    expect(expired.passed).toBe(false);
    expect(expired.expired).toHaveLength(1);
  });
});

describe('parseBaseline and readBaseline', () => {
  const good = formatBaseline(updateBaseline(undefined, [maxLength]).baseline);

  it.each([
    ['{ not json', /not valid JSON/],
    ['{"version": 2, "findings": []}', /"version": 1/],
    ['{"version": 1, "findings": [{"check": "x"}]}', /findings\[0\] has no string "operationId"/],
    [
      good.replace('"severity": "high"', '"severity": "high", "expires": "2026-02-30"'),
      /2026-02-30.*YYYY-MM-DD/,
    ],
    [good.replace('"severity": "high"', '"severity": "high", "expires": "next week"'), /YYYY-MM-DD/],
    [good.replace('"status": 201', '"status": 201.5'), /not an integer/],
    [good.replace(/"fingerprint": "[0-9a-f]+"/, '"fingerprint": "0000"'), /fingerprint "0000"/],
  ])('rejects %j with a one-line OAC_ERR_BASELINE_INVALID', (text, problem) => {
    const result = parseBaseline(text, 'b.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('OAC_ERR_BASELINE_INVALID');
    expect(result.error.oneLine()).toMatch(problem);
    expect(result.error.oneLine()).toContain('b.json');
    expect(result.error.oneLine()).not.toContain('\n');
  });

  it('reports a missing file as OAC_ERR_BASELINE_READ', () => {
    const result = readBaseline('/nonexistent/contract-baseline.json');
    expect(!result.ok && result.error.code).toBe('OAC_ERR_BASELINE_READ');
  });

  it('reads a file written by formatBaseline', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'b.json');
    writeFileSync(path, good);
    const result = readBaseline(path);
    expect(result.ok && result.value.findings[0]?.fingerprint).toBe(findingFingerprint(maxLength));
  });
});

describe('calendar dates', () => {
  it('accepts real days only, and knows today in UTC', () => {
    expect(['2026-02-28', '2024-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '26-01-01', '2026-1-1', ''].some(isCalendarDate)).toBe(false);
    expect(todayUtc(new Date('2026-03-04T23:59:59-05:00'))).toBe('2026-03-05');
  });
});
