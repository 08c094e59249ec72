import { describe, expect, it } from 'vitest';
import { compareBaseline } from '../../src/report/compare-baseline.ts';
import { formatBaselineVerdict } from '../../src/report/format-baseline-verdict.ts';
import { formatFindingGroup } from '../../src/report/format-finding-group.ts';
import { formatRunSummary } from '../../src/report/format-run-summary.ts';
import { reproduceLines } from '../../src/report/reproduce-lines.ts';
import { updateBaseline } from '../../src/report/update-baseline.ts';
import { fakeGroup, fakeResults } from './support/fake-results.ts';

const crash = fakeGroup({
  check: 'not_a_server_error',
  severity: 'critical',
  groupKey: 'status:500',
  status: 500,
});

describe('console lines', () => {
  it('show one line per distinct problem, most severe first, each with its replay file and curl', () => {
    const results = fakeResults([crash, fakeGroup()]);
    const curl = `curl -X POST 'http://x' \\\n  -H 'a: b'`;
    const text = formatRunSummary(results, {
      under: (group) =>
        reproduceLines(
          { ...group, example: { ...group.example, curl } },
          { replayFile: `r/${group.check}.json` },
        ),
    });
    const lines = text.split('\n');
    const problems = lines.filter((line) => /^ {2}\[/.test(line));
    expect(problems.map((line) => line.split(':')[0])).toEqual([
      '  [critical] not_a_server_error',
      '  [high] negative_data_rejection',
    ]);
    const first = lines.indexOf(problems[0] ?? '');
    expect(lines.slice(first + 1, first + 4)).toEqual([
      '      replay: contract replay r/not_a_server_error.json',
      "      curl:   curl -X POST 'http://x' \\",
      "                -H 'a: b'",
    ]);
    expect(formatRunSummary(results)).not.toContain('replay: contract replay');
  });

  it('say why a baseline failed, one line each, with what to do', () => {
    const known = fakeGroup();
    const baseline = updateBaseline(undefined, [known, fakeGroup({ groupKey: 'gone', status: 400 })], {
      note: 'T-9',
      expires: '2026-01-01',
    }).baseline;
    const text = formatBaselineVerdict('b.json', compareBaseline(baseline, [known, crash], '2026-02-01'));
    expect(text.split('\n')).toEqual([
      'Baseline b.json: FAILED (0 known, 1 new, 1 no longer occurring, 1 expired)',
      expect.stringMatching(
        /^ {2}new: {6}\[critical\] not_a_server_error: createServiceAccountApiKey status:500 \(status 500\): not in the baseline/,
      ),
      expect.stringMatching(
        /^ {2}fixed: {4}negative_data_rejection: createServiceAccountApiKey gone \(status 400\): no longer occurs; run `contract baseline update`/,
      ),
      expect.stringMatching(
        /^ {2}expired: {2}negative_data_rejection: .* expired on 2026-01-01 \(note: T-9\)$/,
      ),
    ]);
  });

  it('explain what came back: status, headers and body excerpt', () => {
    const group = fakeGroup({
      responseHeaders: { 'content-type': 'application/json', 'x-request-id': 'r-1' },
    });
    const text = formatFindingGroup(group);
    expect(text).toContain(
      'actual:   201\nheaders:  content-type: application/json; x-request-id: r-1\nbody:     {"apiKey":{}}',
    );
    expect(formatFindingGroup(fakeGroup())).not.toContain('headers:');
  });
});
