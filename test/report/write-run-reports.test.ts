import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../src/schema/ajv.ts';
import { findingFingerprint } from '../../src/report/finding-fingerprint.ts';
import { compareBaseline } from '../../src/report/compare-baseline.ts';
import { updateBaseline } from '../../src/report/update-baseline.ts';
import { writeRunReports } from '../../src/report/write-run-reports.ts';
import { parseReplayFile } from '../../src/run/read-replay-file.ts';
import { checkJunitStructure } from './support/check-junit.ts';
import { fakeGroup, fakeResults, STEP } from './support/fake-results.ts';

const NAME = 'createServiceAccountApiKey';

/** What report.json promises to tools (contract compare, dashboards). */
const REPORT_SCHEMA = {
  type: 'object',
  required: [
    'format',
    'version',
    'exitCode',
    'target',
    'seed',
    'spec',
    'startedAt',
    'finishedAt',
    'durationMs',
    'cases',
    'checks',
    'findings',
    'suites',
    'toolErrors',
  ],
  properties: {
    format: { const: 'openapi-contract-suite/report' },
    version: { const: 1 },
    exitCode: { enum: [0, 1, 2] },
    seed: { type: 'integer' },
    spec: { type: 'object', required: ['source', 'hash'] },
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: 'string', format: 'date-time' },
    durationMs: { type: 'number', minimum: 0 },
    checks: {
      type: 'object',
      additionalProperties: { type: 'object', required: ['passed', 'failed', 'skipped', 'noted'] },
    },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'fingerprint',
          'operationId',
          'check',
          'severity',
          'groupKey',
          'count',
          'message',
          'example',
        ],
        properties: {
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{16}$' },
          severity: { enum: ['critical', 'high', 'medium', 'low'] },
          count: { type: 'integer', minimum: 1 },
          replayFile: { type: 'string', pattern: '^replays/' },
          example: { type: 'object', required: ['curl', 'caseId'], not: { required: ['steps'] } },
        },
      },
    },
  },
} as const;

function reportDir(): string {
  return mkdtempSync(join(tmpdir(), 'reports-'));
}

describe('writeRunReports', () => {
  const crash = fakeGroup({
    check: 'not_a_server_error',
    severity: 'critical',
    groupKey: 'status:500',
    status: 500,
  });
  const runs = [{ name: NAME, results: fakeResults([crash, fakeGroup()]) }];

  it('writes junit.xml, report.json, summary.md, the results and one replay file per distinct finding', () => {
    const dir = reportDir();
    writeFileSync(join(dir, 'stale.results.json'), '{}');
    const written = writeRunReports(dir, { runs, exitCode: 1 });
    if (!written.ok) throw written.error;
    expect(readdirSync(dir).sort()).toEqual([
      `${NAME}.results.json`,
      'junit.xml',
      'replays',
      'report.json',
      'summary.md',
    ]);
    expect(readdirSync(join(dir, 'replays'))).toHaveLength(2);
    checkJunitStructure(readFileSync(written.value.junit, 'utf8'));
    const report: unknown = JSON.parse(readFileSync(written.value.json, 'utf8'));
    const validate = createAjv().compile(REPORT_SCHEMA);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ exitCode: 1, seed: 42, cases: 60, durationMs: 2500 });
  });

  it('orders findings by severity and points each to its replay file, which replays the recorded request', () => {
    const dir = reportDir();
    const written = writeRunReports(dir, { runs, exitCode: 1 });
    if (!written.ok) throw written.error;
    const report = JSON.parse(readFileSync(written.value.json, 'utf8')) as {
      findings: { check: string; replayFile: string; fingerprint: string }[];
    };
    expect(report.findings.map((finding) => finding.check)).toEqual([
      'not_a_server_error',
      'negative_data_rejection',
    ]);
    const [first] = report.findings;
    expect(first?.replayFile).toBe(`replays/not_a_server_error-${findingFingerprint(crash)}.replay.json`);
    const replay = parseReplayFile(readFileSync(join(dir, first?.replayFile ?? ''), 'utf8'), 'replay');
    if (!replay.ok) throw replay.error;
    expect(replay.value.steps).toEqual([STEP]);
    expect(replay.value.finding).toMatchObject({
      check: 'not_a_server_error',
      groupKey: 'status:500',
      status: 500,
    });
    expect(replay.value.recorded).toMatchObject({ target: 'http://127.0.0.1:1', seed: 42 });
  });

  it('replaces the replay files of an earlier run', () => {
    const dir = reportDir();
    writeRunReports(dir, { runs, exitCode: 1 });
    writeRunReports(dir, { runs: [{ name: NAME, results: fakeResults([crash]) }], exitCode: 1 });
    expect(readdirSync(join(dir, 'replays'))).toEqual([
      `not_a_server_error-${findingFingerprint(crash)}.replay.json`,
    ]);
  });

  it('writes a Markdown summary with a table row per finding, its details and the baseline verdict', () => {
    const dir = reportDir();
    const baseline = updateBaseline(undefined, [fakeGroup()]).baseline;
    const verdict = compareBaseline(baseline, [crash, fakeGroup()], '2026-01-01');
    const written = writeRunReports(dir, {
      runs,
      exitCode: 1,
      baseline: { file: 'contract-baseline.json', verdict },
    });
    if (!written.ok) throw written.error;
    const markdown = readFileSync(written.value.markdown, 'utf8');
    expect(markdown).toMatch(/^## ❌ Contract run: 2 distinct problems \(exit 1\)/);
    const rows = markdown
      .split('\n')
      .filter((line) => line.startsWith('| critical') || line.startsWith('| high'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('| new |');
    expect(rows[1]).toContain('| known |');
    expect(markdown).toContain('<details>');
    expect(markdown).toContain('```text');
    expect(markdown).toContain('1 known, 1 new, 0 no longer occurring, 0 expired');
  });

  it('keeps server text from breaking the Markdown table or injecting HTML', () => {
    const group = fakeGroup({ message: 'a | b <script>x</script>\nnext ``` fence' });
    const written = writeRunReports(reportDir(), {
      runs: [{ name: NAME, results: fakeResults([group]) }],
      exitCode: 1,
    });
    if (!written.ok) throw written.error;
    const markdown = readFileSync(written.value.markdown, 'utf8');
    expect(markdown).toContain('a \\| b &lt;script&gt;');
    // Raw server text appears only inside a fence the text cannot close (its own ``` is shorter).
    const outside = markdown.replace(/````text\n[\s\S]*?\n````/g, '');
    expect(markdown).toContain('````text');
    expect(outside).not.toContain('<script>');
  });

  it('is a one-line OAC_ERR_REPORT_WRITE error when the directory cannot be made', () => {
    const dir = reportDir();
    writeFileSync(join(dir, 'file'), '');
    const written = writeRunReports(join(dir, 'file', 'sub'), { runs, exitCode: 1 });
    expect(!written.ok && written.error.code).toBe('OAC_ERR_REPORT_WRITE');
    expect(existsSync(join(dir, 'file', 'sub'))).toBe(false);
  });
});
