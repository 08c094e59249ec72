import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/report/compare/compare-runs.ts';
import { formatComparison } from '../../../src/report/compare/format-comparison.ts';
import { readRunSnapshot } from '../../../src/report/compare/read-run-snapshot.ts';
import type { RunSnapshot } from '../../../src/report/compare/types.ts';

const ROOT = fileURLToPath(new URL('../../../fixtures/compare/', import.meta.url));

function read(path: string): RunSnapshot {
  const snapshot = readRunSnapshot(`${ROOT}${path}`);
  if (!snapshot.ok) throw snapshot.error;
  return snapshot.value;
}

const checks = (list: { check: string }[]): string[] => list.map((finding) => finding.check);

describe('compareRuns', () => {
  const comparison = compareRuns(read('old'), read('new'));

  it('splits findings into new, fixed and still failing by fingerprint, not by seed, count or message', () => {
    expect(checks(comparison.newFindings)).toEqual(['authentication_enforced']);
    expect(checks(comparison.fixedFindings)).toEqual(['not_a_server_error']);
    expect(checks(comparison.stillFailing)).toEqual([
      'negative_data_rejection',
      'response_schema_conformance',
    ]);
    expect(comparison.stillFailing[0]?.count).toBe(12);
  });

  it('reads a directory of shard results as one run', () => {
    const tonight = read('new');
    expect(tonight.sources).toHaveLength(2);
    expect(tonight.startedAt).toBe('2026-01-02T03:17:00.000Z');
    expect(Object.keys(tonight.timings).sort()).toEqual(['createThing', 'getThing', 'listThings']);
  });

  it('reports timing changes per operation', () => {
    const byOperation = Object.fromEntries(comparison.timings.map((change) => [change.operationId, change]));
    expect(byOperation.createThing).toMatchObject({ verdict: 'slower', p50DeltaMs: 20, p95DeltaMs: 120 });
    expect(byOperation.getThing).toMatchObject({ verdict: 'unchanged', p95DeltaMs: 1 });
    expect(byOperation.deleteThing?.verdict).toBe('removed');
    expect(byOperation.listThings?.verdict).toBe('added');
  });

  it('accepts a report.json with the same findings', () => {
    const again = compareRuns(read('old'), read('report/report.json'));
    expect(again.newFindings).toEqual([]);
    expect(again.fixedFindings).toEqual([]);
    expect(again.stillFailing).toHaveLength(3);
    expect(again.timings.every((change) => change.verdict === 'removed')).toBe(true);
  });

  it('prints new findings first and a count', () => {
    const text = formatComparison(comparison);
    expect(text.indexOf('new findings:')).toBeLessThan(text.indexOf('fixed:'));
    expect(text).toContain('✗ [critical] authentication_enforced: getThing auth:none status 200 (1 case(s))');
    expect(text).toContain(
      'slower    createThing: p50 10 ms, p95 40 ms (200) -> p50 30 ms, p95 160 ms (200), p95 +120 ms',
    );
    expect(text.split('\n').at(-1)).toBe('1 new, 1 fixed, 2 still failing');
  });
});

describe('readRunSnapshot', () => {
  it.each([
    ['a missing path', 'nowhere'],
    ['a directory without results', '../diff/3.0'],
    ['a file that is not results', '../diff/base-3.0.yaml'],
  ])('turns %s into a one-line usage error', (_, path) => {
    const snapshot = readRunSnapshot(`${ROOT}${path}`);
    expect(snapshot.ok).toBe(false);
    if (!snapshot.ok) {
      expect(snapshot.error.code).toBe('OAC_ERR_USAGE');
      expect(snapshot.error.oneLine()).not.toContain('\n');
    }
  });
});
