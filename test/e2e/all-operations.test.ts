import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contract } from './run-cli.ts';

const FAMILY = fileURLToPath(new URL('../../fixtures/service-accounts.openapi.yaml', import.meta.url));

interface SuiteEntry {
  name: string;
  cases: number;
  findings: number;
}

/** The run's entry in report.json, after a run of the family document against the mock. */
async function allOperations(env: Record<string, string>): Promise<SuiteEntry | undefined> {
  const reportDir = mkdtempSync(join(tmpdir(), 'contract-all-'));
  const run = await contract(
    ['run', '--spec', FAMILY, '--runs', '10', '--seed', '3', '--report-dir', reportDir],
    env,
  );
  expect(run.code, run.output).toBe(0);
  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as { suites: SuiteEntry[] };
  return report.suites.find((suite) => suite.name === 'contract');
}

describe('every operation of a document against the mock (npm run contract)', () => {
  let all: SuiteEntry | undefined;

  it('runs every operation of the Service Accounts document and the key life cycle, zero violations', async () => {
    all = await allOperations({});
    expect(all?.findings).toBe(0);
    expect(all?.cases).toBeGreaterThan(30);
  }, 180_000);

  it('runs only what CONTRACT_INCLUDE selects', async () => {
    const lists = await allOperations({ CONTRACT_INCLUDE: 'method:get' });
    expect(lists?.findings).toBe(0);
    expect(lists?.cases).toBeGreaterThan(0);
    expect(lists?.cases).toBeLessThan(all?.cases ?? Infinity);
  }, 180_000);
});
