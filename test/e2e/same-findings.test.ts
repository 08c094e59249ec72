import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import type { FindingGroup } from '../../src/run/types.ts';
import { contract } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const FAULTS: FaultName[] = [
  'no-max-length',
  'utf16-length',
  'extra-response-field',
  'fingerprint-not-suffix',
  'text-plain-errors',
  'no-auth',
];

async function mock(): Promise<MockServer> {
  const started = await startMockServer({ faults: FAULTS });
  if (!started.ok) throw started.error;
  return started.value;
}

function settings(server: MockServer): Record<string, string> {
  return {
    CONTRACT_BASE_URL: server.url,
    CONTRACT_TOKEN: server.credentials.token,
    CONTRACT_FORBIDDEN_TOKEN: server.credentials.readOnlyToken,
    CONTRACT_SEED: '424242',
    CONTRACT_RUNS: '60',
  };
}

/** The first line of each distinct problem, as both front ends print it: `✗ [severity] check: operation, N cases`. */
const headline = (group: FindingGroup): string =>
  `✗ [${group.severity}] ${group.check}${group.origin === 'description' ? ' (from the description)' : ''}: ${group.operationId}, ${group.count === 1 ? '1 case' : `${group.count} cases`}`;

/** `npx vitest run --project contract` with only these CONTRACT_* settings; its JSON report. */
function vitestContract(env: Record<string, string>, outputFile: string): Promise<number | null> {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !name.startsWith('CONTRACT_') && !name.startsWith('VITEST'),
  );
  const args = [VITEST, 'run', '--project', 'contract', '--reporter=json', `--outputFile=${outputFile}`];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...Object.fromEntries(inherited), ...env, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('close', resolve));
}

interface VitestReport {
  testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

describe('contract run and the vitest suites are one engine', () => {
  it('give the same findings for the same seed against the same faulty server', async () => {
    const [forCli, forVitest] = [await mock(), await mock()];
    try {
      const reportDir = mkdtempSync(join(tmpdir(), 'contract-same-'));
      const cli = await contract(['run', '--report-dir', reportDir], settings(forCli));
      expect(cli.code, cli.output).toBe(1);
      const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as {
        findings: FindingGroup[];
      };
      const outputFile = join(reportDir, 'vitest.json');
      expect(await vitestContract(settings(forVitest), outputFile)).toBe(1);
      const tests = (JSON.parse(readFileSync(outputFile, 'utf8')) as VitestReport).testResults.flatMap(
        (file) => file.assertionResults,
      );
      // Every distinct problem is named once by the test of its check (the tests per operation repeat them).
      const fromVitest = tests
        .filter((test) => / checks /.test(test.fullName) && test.status === 'failed')
        .flatMap((test) => test.failureMessages.join('\n').split('\n'))
        .filter((line) => line.startsWith('✗ ['));
      const fromCli = report.findings.map(headline);
      expect(fromCli.length).toBeGreaterThanOrEqual(FAULTS.length);
      expect(fromVitest.sort()).toEqual(fromCli.sort());
    } finally {
      await Promise.all([forCli.close(), forVitest.close()]);
    }
  }, 240_000);
});
