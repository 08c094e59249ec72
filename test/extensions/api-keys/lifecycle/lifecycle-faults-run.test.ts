import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../../../src/mock/defaults.ts';
import type { FaultName } from '../../../../src/mock/faults.ts';
import { runAgainstMock } from '../../../e2e/run-against-mock.ts';

// Fewer generated cases than a default run: the life cycle runs once whatever their number.
const FAMILY = { CONTRACT_SPEC: MOCK_DEFAULTS.familySpecPath, CONTRACT_RUNS: '50' };
const options = { specPath: MOCK_DEFAULTS.familySpecPath };

/** Each life-cycle state fault and the check a whole run (the engine users run) must fail it with. */
const FAULT_TO_CHECK: [FaultName, string][] = [
  ['revoked-at-not-listed', 'lifecycle_revoked_at_in_window'],
  ['revoke-moves-revoked-at', 'lifecycle_revoke_keeps_revoked_at'],
  ['grace-max-ignored', 'lifecycle_grace_bounds_honoured'],
  // A refused create that still mints, seen only through the list (its 403 shows nothing).
  ['mint-before-authorize-silent', 'refused_request_mints_nothing'],
];

describe('a whole run on the key family', () => {
  it('passes the correct mock with zero findings, judging each new life-cycle check', async () => {
    const { results } = await runAgainstMock([], FAMILY, options);
    expect(results.toolErrors).toEqual([]);
    expect(results.findings.map((group) => `${group.check}: ${group.example.message}`)).toEqual([]);
    for (const [, check] of FAULT_TO_CHECK) expect(results.checks[check]?.passed).toBeGreaterThan(0);
  });

  it.each(FAULT_TO_CHECK)('fails %s with %s', async (fault, check) => {
    const { results } = await runAgainstMock([fault], FAMILY, options);
    expect(results.findings.map((group) => group.check)).toContain(check);
    expect(results.findings.find((group) => group.check === check)?.example.evidence).toBeDefined();
  });
});
