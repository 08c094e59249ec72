import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import { contract } from './run-cli.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

describe('contract run (npm run contract)', () => {
  it('passes against the bundled mock with zero violations, exit 0', async () => {
    const run = await contract(['run', '--runs', '25', '--seed', '7']);
    expect(run.stderr).not.toMatch(/OAC_ERR/);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('target: bundled mock at http://127.0.0.1:');
    expect(run.stdout).toMatch(/spec: .*openapi\.json \(live/);
    expect(run.stdout).toContain('optional-body-with-required-properties');
    expect(run.stdout).toContain('Violations: none');
    expect(run.stdout).toContain('seed: 7');
    expect(run.stdout + run.stderr).not.toContain(MOCK_DEFAULTS.token);
    expect(run.stdout + run.stderr).not.toContain(MOCK_DEFAULTS.readOnlyToken);
  });

  it('reports violations by check name with exit 1, and never prints a token or a minted value', async () => {
    const token = 'tok-e2e-secret-4f9a8b7c6d5e';
    const mock = await startMockServer({
      tokens: { full: token, readOnly: 'tok-e2e-readonly-1a2b3c4d' },
      faults: ['value-in-error', 'fingerprint-is-value', 'no-max-length', 'missing-fingerprint'],
    });
    if (!mock.ok) throw mock.error;
    const reportDir = mkdtempSync(join(tmpdir(), 'contract-e2e-'));
    try {
      const run = await contract(['--runs', '20', '--seed', '3', '--report-dir', reportDir], {
        CONTRACT_BASE_URL: mock.value.url,
        CONTRACT_TOKEN: token,
        CONTRACT_FORBIDDEN_TOKEN: 'tok-e2e-readonly-1a2b3c4d',
      });
      expect(run.code, run.stderr).toBe(1);
      for (const check of [
        'negative_data_rejection',
        'fingerprint_is_display_suffix',
        'secret_not_in_error_body',
        'response_schema_conformance',
      ]) {
        expect(run.stdout).toContain(check);
      }
      // vitest prints each failing check's explanation (with its curl command) on stderr.
      expect(run.stdout + run.stderr).toContain('curl ');
      expect(run.stdout + run.stderr).toContain('$CONTRACT_TOKEN');
      const minted = mock.value.state.keys(mock.value.credentials.serviceAccountId).map((key) => key.value);
      expect(minted.length).toBeGreaterThan(10);
      const outputs = [run.stdout, run.stderr, ...filesUnder(reportDir)];
      for (const output of outputs) {
        expect(output).not.toContain(token);
        expect(output).not.toContain('tok-e2e-readonly-1a2b3c4d');
        for (const value of minted) expect(output).not.toContain(value);
      }
    } finally {
      await mock.value.close();
    }
  });

  it.each([
    [['--no-such-flag'], 'OAC_ERR_USAGE'],
    [['frobnicate'], 'OAC_ERR_USAGE'],
    [['--runs', 'zero'], 'OAC_ERR_USAGE'],
    [['--base-url', 'http://127.0.0.1:9'], 'OAC_ERR_TARGET_UNREACHABLE'],
    [['--spec', '/nonexistent/doc.yaml'], 'OAC_ERR_SPEC_READ'],
  ])('%j is a one-line error with exit 2', async (args, code) => {
    const run = await contract(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(code);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('run --dry-run prints the plan and sends nothing (an unreachable target is fine)', async () => {
    const run = await contract([
      'run',
      '--dry-run',
      '--json',
      '--runs',
      '3',
      '--seed',
      '9',
      '--base-url',
      'http://127.0.0.1:9',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { phase: string; expect: string });
    expect(lines.length).toBeGreaterThan(20);
    // The plan speaks the three phases; request-level and auth cases are negative or positive ones.
    expect(new Set(lines.map((line) => line.phase))).toEqual(new Set(['coverage', 'positive', 'negative']));
    expect(new Set(lines.map((line) => line.expect))).toEqual(new Set(['valid', 'invalid']));
    expect(run.stdout).not.toContain(MOCK_DEFAULTS.token);
  });

  it('--help lists every flag', async () => {
    const run = await contract(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--base-url');
    expect(run.stdout).toContain('CONTRACT_FORBIDDEN_TOKEN');
  });
});
