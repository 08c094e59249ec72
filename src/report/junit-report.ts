import { hostname } from 'node:os';
import { junitCases, type JunitCase } from './junit-cases.ts';
import type { NamedResults, ReportInput } from './report-input.ts';
import { xmlAttribute as attr, xmlText } from './xml-escape.ts';

function seconds(from: string, to: string): string {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms > 0 ? (ms / 1000).toFixed(3) : '0';
}

function caseXml(item: JunitCase): string {
  const open = `    <testcase name="${attr(item.check)}" classname="${attr(item.operationId)}" time="0"`;
  const { outcome } = item;
  if (outcome.kind === 'passed') return `${open}/>`;
  if (outcome.kind === 'skipped')
    return `${open}>\n      <skipped message="${attr(outcome.message)}"/>\n    </testcase>`;
  const failure = `<failure message="${attr(outcome.message)}" type="${attr(outcome.type)}">${xmlText(outcome.text)}</failure>`;
  return `${open}>\n      ${failure}\n    </testcase>`;
}

function toolErrorXml(run: NamedResults): string[] {
  return run.results.toolErrors.map(
    (error) =>
      `    <testcase name="tool error" classname="${attr(run.name)}" time="0">\n      <error message="${attr(error.message)}" type="${attr(error.code)}">${xmlText(`${error.code}: ${error.message}`)}</error>\n    </testcase>`,
  );
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function countsOf(cases: JunitCase[], errors: number): Counts {
  const count = (kind: string): number => cases.filter((item) => item.outcome.kind === kind).length;
  return { tests: cases.length + errors, failures: count('failure'), errors, skipped: count('skipped') };
}

const countAttributes = (counts: Counts): string =>
  `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}"`;

function suiteXml(input: ReportInput, run: NamedResults): { xml: string; counts: Counts } {
  const { results } = run;
  const cases = junitCases(input, run);
  const counts = countsOf(cases, results.toolErrors.length);
  const properties = [
    ['target', results.target],
    ['seed', String(results.seed)],
    ['runs', String(results.runs)],
    ['cases', String(results.cases)],
    ['spec', results.spec.source],
    ['spec.sha256', results.spec.hash],
  ].map(([name = '', value = '']) => `      <property name="${attr(name)}" value="${attr(value)}"/>`);
  const xml = [
    `  <testsuite name="${attr(run.name)}" ${countAttributes(counts)} time="${seconds(results.startedAt, results.finishedAt)}" timestamp="${attr(results.startedAt.slice(0, 19))}" hostname="${attr(hostname())}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases.map(caseXml),
    ...toolErrorXml(run),
    '  </testsuite>',
  ].join('\n');
  return { xml, counts };
}

/**
 * JUnit XML for CI dashboards: a test suite per results file, a test case per check x operation. A check
 * with new findings fails (one failure listing its distinct problems); known baseline findings and checks
 * that never applied are skipped; tool errors are errors.
 */
export function formatJunitReport(input: ReportInput): string {
  const suites = input.runs.map((run) => suiteXml(input, run));
  const total = suites.reduce<Counts>(
    (sum, { counts }) => ({
      tests: sum.tests + counts.tests,
      failures: sum.failures + counts.failures,
      errors: sum.errors + counts.errors,
      skipped: sum.skipped + counts.skipped,
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0 },
  );
  const first = input.runs[0]?.results;
  const time = first
    ? seconds(first.startedAt, input.runs[input.runs.length - 1]?.results.finishedAt ?? '')
    : '0';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="contract" ${countAttributes(total)} time="${time}">`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
