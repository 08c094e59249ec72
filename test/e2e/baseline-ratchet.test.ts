import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/mock/faults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockServer } from '../../src/mock/types.ts';
import { contract, type CliRun } from './run-cli.ts';

/** Two independent bugs every run finds whatever the seed (authentication and unknown-resource cases). */
const TWO: FaultName[] = ['no-auth', 'unknown-account-201'];
const THIRD: FaultName = 'malformed-json-500';

/** Several whole CLI runs (each starts vitest): generous, for loaded CI machines. */
const LONG = 900_000;

const mocks: MockServer[] = [];
afterAll(async () => {
  await Promise.all(mocks.map((mock) => mock.close()));
});

/** `contract ...` in `cwd` against a fresh mock with these faults, small and with a fixed seed. */
async function against(faults: FaultName[], args: string[], cwd: string): Promise<CliRun> {
  const mock = await startMockServer({ faults });
  if (!mock.ok) throw mock.error;
  mocks.push(mock.value);
  const env = {
    CONTRACT_BASE_URL: mock.value.url,
    CONTRACT_TOKEN: mock.value.credentials.token,
    CONTRACT_FORBIDDEN_TOKEN: mock.value.credentials.readOnlyToken,
    // A local mock, though named by URL: no creation budget, no rate limit.
    CONTRACT_MAX_CREATES: 'unlimited',
    CONTRACT_RATE: 'unlimited',
  };
  return contract([...args, '--runs', '3', '--seed', '17'], env, cwd);
}

function summaryOf(run: CliRun): string {
  return /^Baseline .*$/m.exec(run.stdout)?.[0] ?? `no baseline line in:\n${run.stdout}\n${run.stderr}`;
}

describe('a baseline of known findings (contract baseline update, contract run --baseline)', () => {
  it(
    'passes while only known findings remain, fails on a new or a fixed one until it is updated',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'baseline-e2e-'));
      const update = await against(
        TWO,
        ['baseline', 'update', '--expires', '2999-12-31', '--note', 'TICKET-7'],
        dir,
      );
      expect(update.code, update.stdout + update.stderr).toBe(0);
      expect(update.stdout).toMatch(
        /Baseline contract-baseline.json updated: \d+ known finding\(s\) \(\d+ added, 0 removed\)/,
      );
      const text = readFileSync(join(dir, 'contract-baseline.json'), 'utf8');
      const baseline = JSON.parse(text) as { findings: { check: string; expires?: string; note?: string }[] };
      const checks = baseline.findings.map((entry) => entry.check);
      expect(checks).toEqual(
        expect.arrayContaining(['authentication_enforced', 'unknown_resource_not_found']),
      );
      expect(checks).not.toContain('not_a_server_error');
      expect(
        baseline.findings.every((entry) => entry.expires === '2999-12-31' && entry.note === 'TICKET-7'),
      ).toBe(true);
      expect(text).not.toMatch(/seed|caseId|\/coverage\/|\/auth\/\d/);

      const stage = (name: string): string => {
        const copy = mkdtempSync(join(tmpdir(), `baseline-${name}-`));
        copyFileSync(join(dir, 'contract-baseline.json'), join(copy, 'contract-baseline.json'));
        return copy;
      };
      const fixedDir = stage('fixed');
      const [same, added, fixed] = await Promise.all([
        against(TWO, ['run', '--baseline', 'contract-baseline.json'], stage('same')),
        against([...TWO, THIRD], ['run', '--baseline', 'contract-baseline.json'], stage('added')),
        against(['no-auth'], ['run', '--baseline', 'contract-baseline.json'], fixedDir),
      ]);
      expect(same.code, same.stdout + same.stderr).toBe(0);
      expect(summaryOf(same)).toMatch(/: passed \(\d+ known, 0 new, 0 no longer occurring, 0 expired\)/);
      expect(same.stdout).toContain('baseline: known (until 2999-12-31)');

      expect(added.code, added.stdout + added.stderr).toBe(1);
      expect(summaryOf(added)).toMatch(/: FAILED \(\d+ known, [1-9]\d* new, 0 no longer occurring/);
      expect(added.stdout).toMatch(
        / {2}new: {6}\[critical\] not_a_server_error: createServiceAccountApiKey /,
      );

      expect(fixed.code, fixed.stdout + fixed.stderr).toBe(1);
      expect(summaryOf(fixed)).toMatch(/: FAILED \(\d+ known, 0 new, [1-9]\d* no longer occurring/);
      expect(fixed.stdout).toMatch(
        / {2}fixed: {4}unknown_resource_not_found: .*no longer occurs; run `contract baseline update`/,
      );

      const shrink = await against(['no-auth'], ['baseline', 'update'], fixedDir);
      expect(shrink.code, shrink.stderr).toBe(0);
      expect(shrink.stdout).toMatch(/updated: \d+ known finding\(s\) \(0 added, [1-9]\d* removed\)/);
      const after = readFileSync(join(fixedDir, 'contract-baseline.json'), 'utf8');
      expect(after).not.toContain('unknown_resource_not_found');
      expect(after).toContain('"note": "TICKET-7"');
      const again = await against(['no-auth'], ['run', '--baseline', 'contract-baseline.json'], fixedDir);
      expect(again.code, again.stdout + again.stderr).toBe(0);

      // An entry past its expiry date fails the run even though the finding is known.
      const expired = after.replace(/"expires": "2999-12-31"/, '"expires": "2020-01-01"');
      writeFileSync(join(fixedDir, 'contract-baseline.json'), expired);
      const late = await against(['no-auth'], ['run', '--baseline', 'contract-baseline.json'], fixedDir);
      expect(late.code, late.stdout + late.stderr).toBe(1);
      expect(late.stdout).toMatch(
        / {2}expired: {2}authentication_enforced: .*expired on 2020-01-01 \(note: TICKET-7\)/,
      );
    },
    LONG,
  );
});

// Each case is a process of its own that stops before any request: run them side by side.
describe.concurrent('bad inputs are one line on stderr with exit 2 and a stable code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-inputs-'));
  writeFileSync(join(dir, 'broken.json'), '{"version": 1, "findings": [');
  writeFileSync(
    join(dir, 'dated.json'),
    '{"version": 1, "findings": [{"operationId": "o", "check": "c", "groupKey": "g", "severity": "low", "expires": "2026-13-01"}]}',
  );
  writeFileSync(join(dir, 'replay.json'), '{"format": "openapi-contract-suite/replay", "version": 9}');

  it.each([
    [['run', '--baseline', 'broken.json'], 'OAC_ERR_BASELINE_INVALID'],
    [['run', '--baseline', 'dated.json'], 'OAC_ERR_BASELINE_INVALID'],
    [['run', '--baseline', 'missing.json'], 'OAC_ERR_BASELINE_READ'],
    [['baseline', 'update', '--expires', '2026-02-30'], 'OAC_ERR_USAGE'],
    [['baseline', 'update', '--expires', '2001-01-01'], 'OAC_ERR_USAGE'],
    [['replay'], 'OAC_ERR_USAGE'],
    [['replay', 'missing.replay.json'], 'OAC_ERR_REPLAY_READ'],
    [['replay', 'replay.json'], 'OAC_ERR_REPLAY_INVALID'],
  ])('contract %j: %s', { timeout: 180_000 }, async (args, code) => {
    const run = await contract(args, {}, dir);
    expect(run.code, run.stdout).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^contract: ${code}: `));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
