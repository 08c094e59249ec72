import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseXml, type XmlElement } from './parse-xml.ts';

export const JUNIT_XSD = fileURLToPath(new URL('../../fixtures/junit.xsd', import.meta.url));

/** True when `xmllint` (libxml2-utils) is installed: the XSD check runs, otherwise it is skipped. */
export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** Validates a JUnit file against test/fixtures/junit.xsd with xmllint; returns xmllint's complaint or ''. */
export function xmllintProblems(path: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--schema', JUNIT_XSD, path], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

export function writeTemp(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

const CASE_CHILDREN = new Set(['skipped', 'failure', 'error', 'system-out', 'system-err']);

function count(element: XmlElement, name: string): number {
  const value = element.attributes[name] ?? '0';
  if (!/^\d+$/.test(value)) throw new Error(`<${element.name}> ${name}="${value}" is not a count`);
  return Number(value);
}

function checkCase(testcase: XmlElement): string {
  for (const name of ['name', 'classname', 'time'])
    if (testcase.attributes[name] === undefined) throw new Error(`a testcase lacks ${name}`);
  if (!/^\d+(\.\d+)?$/.test(testcase.attributes.time ?? '')) throw new Error('testcase time is not seconds');
  for (const child of testcase.children)
    if (!CASE_CHILDREN.has(child.name)) throw new Error(`<${child.name}> inside a testcase`);
  const outcome = testcase.children.find(
    (child) => child.name !== 'system-out' && child.name !== 'system-err',
  );
  return outcome?.name ?? 'passed';
}

function checkSuite(suite: XmlElement): { tests: number; failures: number; errors: number; skipped: number } {
  if (suite.name !== 'testsuite') throw new Error(`<${suite.name}> inside testsuites`);
  if (!suite.attributes.name) throw new Error('a testsuite has no name');
  for (const child of suite.children)
    if (!['properties', 'testcase', 'system-out', 'system-err'].includes(child.name))
      throw new Error(`<${child.name}> inside a testsuite`);
  const cases = suite.children.filter((child) => child.name === 'testcase');
  const kinds = cases.map(checkCase);
  const counts = {
    tests: cases.length,
    failures: kinds.filter((kind) => kind === 'failure').length,
    errors: kinds.filter((kind) => kind === 'error').length,
    skipped: kinds.filter((kind) => kind === 'skipped').length,
  };
  for (const [name, value] of Object.entries(counts))
    if (count(suite, name) !== value)
      throw new Error(`testsuite ${name}="${count(suite, name)}" but ${value} counted`);
  return counts;
}

/**
 * The structural JUnit check that always runs (no xmllint needed): well-formed XML, `testsuites` of
 * `testsuite` of `testcase`, required attributes, and counts that agree with the cases.
 */
export function checkJunitStructure(xml: string): XmlElement {
  const root = parseXml(xml);
  if (root.name !== 'testsuites') throw new Error(`root is <${root.name}>, not <testsuites>`);
  const totals = root.children.map(checkSuite).reduce(
    (sum, item) => ({
      tests: sum.tests + item.tests,
      failures: sum.failures + item.failures,
      errors: sum.errors + item.errors,
      skipped: sum.skipped + item.skipped,
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0 },
  );
  for (const [name, value] of Object.entries(totals))
    if (count(root, name) !== value)
      throw new Error(`testsuites ${name}="${count(root, name)}" but ${value} counted`);
  return root;
}
