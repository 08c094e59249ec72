import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../src/check/builtin-checks.ts';
import { compareBaseline } from '../../src/report/compare-baseline.ts';
import { formatJunitReport } from '../../src/report/junit-report.ts';
import { updateBaseline } from '../../src/report/update-baseline.ts';
import type { ReportInput } from '../../src/report/report-input.ts';
import { checkJunitStructure, HAS_XMLLINT, writeTemp, xmllintProblems } from './support/check-junit.ts';
import { parseXml } from './support/parse-xml.ts';
import { fakeGroup, fakeResults } from './support/fake-results.ts';

const NAME = 'createServiceAccountApiKey';

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  const findings = [
    fakeGroup(),
    fakeGroup({ check: 'not_a_server_error', severity: 'critical', groupKey: 'status:500', status: 500 }),
  ];
  return {
    runs: [{ name: NAME, results: fakeResults(findings) }],
    exitCode: 1,
    replayFiles: new Map(),
    ...overrides,
  };
}

/** Server text that must not break the XML: markup, quotes, control bytes, a lone surrogate, `]]>`. */
const HOSTILE = 'a <b>&amp; "q" \'s\' ]]> \u0000\u0007 \ud800 end';

describe('formatJunitReport', () => {
  it('has one test case per check x operation, failing the checks with findings', () => {
    const root = checkJunitStructure(formatJunitReport(input()));
    const cases = root.children[0]?.children.filter((child) => child.name === 'testcase') ?? [];
    expect(cases).toHaveLength(builtinChecks.length);
    expect(cases.every((item) => item.attributes.classname === NAME)).toBe(true);
    const failing = cases.filter((item) => item.children.some((child) => child.name === 'failure'));
    expect(failing.map((item) => item.attributes.name).sort()).toEqual([
      'negative_data_rejection',
      'not_a_server_error',
    ]);
    const failure = failing[0]?.children[0];
    expect(failure?.attributes.message).toMatch(/^1 distinct problem\(s\): /);
    expect(failure?.text).toContain('curl');
  });

  it('skips checks that never applied and reports tool errors as errors', () => {
    const results = fakeResults([], {
      toolErrors: [{ code: 'OAC_ERR_TARGET_UNREACHABLE', message: 'gone' }],
    });
    const root = checkJunitStructure(formatJunitReport(input({ runs: [{ name: NAME, results }] })));
    const suite = root.children[0];
    expect(suite?.attributes.errors).toBe('1');
    const skipped = suite?.children.filter((item) => item.children.some((child) => child.name === 'skipped'));
    expect(skipped?.map((item) => item.attributes.name)).toContain('authorization_enforced');
    expect(skipped?.map((item) => item.attributes.name)).not.toContain('not_a_server_error');
  });

  it('escapes hostile server text so the document stays well-formed and keeps it readable', () => {
    const group = fakeGroup({
      message: HOSTILE,
      evidence: { expected: '400', actual: HOSTILE, excerpt: HOSTILE },
    });
    const xml = formatJunitReport(input({ runs: [{ name: `${NAME}<&>`, results: fakeResults([group]) }] }));
    const root = checkJunitStructure(xml);
    const failure = root.children[0]?.children
      .filter((item) => item.name === 'testcase')
      .flatMap((item) => item.children)
      .find((child) => child.name === 'failure');
    expect(failure?.attributes.message).toContain('a <b>&amp; "q" \'s\' ]]>');
    expect(failure?.text).toContain('\uFFFD\uFFFD \uFFFD end');
  });

  it('marks baselined findings skipped and fails the check of a finding that no longer occurs', () => {
    const known = fakeGroup();
    const gone = fakeGroup({ groupKey: 'body:type:#/properties/name/type', status: 201 });
    const baseline = updateBaseline(undefined, [known, gone]).baseline;
    const verdict = compareBaseline(baseline, [known], '2026-01-01');
    const xml = formatJunitReport(
      input({ runs: [{ name: NAME, results: fakeResults([known]) }], baseline: { file: 'b.json', verdict } }),
    );
    const cases = checkJunitStructure(xml).children[0]?.children ?? [];
    const negative = cases.find((item) => item.attributes.name === 'negative_data_rejection');
    expect(negative?.children[0]?.name).toBe('failure');
    expect(negative?.children[0]?.text).toContain('no longer occurs');
    expect(negative?.children[0]?.text).not.toContain('✗');
  });

  it.skipIf(!HAS_XMLLINT)(
    HAS_XMLLINT
      ? 'validates against the JUnit XSD (test/fixtures/junit.xsd) with xmllint'
      : 'validates against the JUnit XSD with xmllint — SKIPPED: xmllint is not installed (apt-get install libxml2-utils)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'junit-'));
      const hostile = fakeGroup({ message: HOSTILE, evidence: { expected: HOSTILE, actual: '201' } });
      const reports = [input(), input({ runs: [{ name: NAME, results: fakeResults([hostile]) }] })];
      reports.forEach((report, index) => {
        const path = writeTemp(join(dir, `junit-${index}.xml`), formatJunitReport(report));
        expect(xmllintProblems(path)).toBe('');
      });
      const broken = writeTemp(join(dir, 'broken.xml'), '<testsuites><testsuite name="x"/></testsuites>');
      expect(xmllintProblems(broken)).toMatch(/tests|failures|time/);
    },
  );
});

describe('the structural checker itself', () => {
  it.each([
    ['<testsuites><testsuite></testsuites>', /closes/],
    ['<testsuites a="1 & 2"/>', /bare &/],
    [
      '<testsuites tests="2"><testsuite name="s" tests="1" failures="0" errors="0" time="0"><testcase name="a" classname="c" time="0"/></testsuite></testsuites>',
      /testsuites tests/,
    ],
    [
      '<testsuites><testsuite name="s" tests="1" failures="0" errors="0" time="0"><testcase name="a" time="0"/></testsuite></testsuites>',
      /lacks classname/,
    ],
  ])('rejects %s', (xml, problem) => {
    expect(() => checkJunitStructure(xml)).toThrow(problem);
  });

  it('decodes entities', () => {
    expect(parseXml('<a b="&lt;&#10;&#x41;">&amp;</a>')).toMatchObject({
      attributes: { b: '<\nA' },
      text: '&',
    });
  });
});
