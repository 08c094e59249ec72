import { describe, expect, it } from 'vitest';
import type { FaultName } from '../../../../src/mock/faults.ts';
import { revokeRunKeys } from '../../../../src/extensions/api-keys/keys/revoke-run-keys.ts';
import { LIFECYCLE_CHECK_LIST } from '../../../../src/extensions/api-keys/lifecycle/lifecycle-checks.ts';
import { lifecycleOperations } from '../../../../src/extensions/api-keys/lifecycle/lifecycle-operations.ts';
import { runKeyLifecycle } from '../../../../src/extensions/api-keys/lifecycle/run-key-lifecycle.ts';
import type { RunResults } from '../../../../src/run/types.ts';
import { activeKeys, familyRun } from './support.ts';

async function lifecycleAgainst(faults: FaultName[], env: Record<string, string> = {}) {
  const run = await familyRun(faults, env);
  try {
    const support = lifecycleOperations(run.session.compiled, ['value']);
    if (!support.ok) throw new Error(support.why);
    const summary = await runKeyLifecycle(run.session, run.keys, support.ops);
    if (!summary.ok) throw summary.error;
    const results: RunResults = run.session.recorder.results(run.session);
    const cleanup = await revokeRunKeys(run.session, run.keys);
    return { results, cleanup, summary: summary.value, active: activeKeys(run.mock) };
  } finally {
    await run.close();
  }
}

/** Each life-cycle fault of the mock, and the life-cycle check that must name it. */
const FAULT_TO_CHECK: [FaultName, string][] = [
  ['list-leaks-value', 'lifecycle_listed_without_value'],
  ['list-omits-revoked', 'lifecycle_listed_as_revoked'],
  ['revoke-not-idempotent', 'lifecycle_revoke_idempotent'],
  ['revoke-unknown-204', 'lifecycle_unknown_key_not_found'],
  ['revoked-key-still-works', 'lifecycle_revoked_value_stops'],
  ['rotate-keeps-old-value', 'lifecycle_rotate_issues_new_value'],
  ['rotate-changes-name', 'lifecycle_rotate_keeps_name'],
  ['rotate-old-key-kept', 'lifecycle_rotated_value_stops'],
  ['rotate-revoked-key', 'lifecycle_revoked_key_refused'],
  ['grace-period-ignored', 'lifecycle_grace_period_honoured'],
  ['grace-beyond-expiry-accepted', 'lifecycle_grace_beyond_expiry_rejected'],
  ['expiry-in-seconds', 'lifecycle_listed_as_created'],
  ['revoked-at-not-listed', 'lifecycle_revoked_at_in_window'],
  ['revoke-moves-revoked-at', 'lifecycle_revoke_keeps_revoked_at'],
  ['grace-max-ignored', 'lifecycle_grace_bounds_honoured'],
];

describe('runKeyLifecycle against the correct mock', () => {
  it('passes every life-cycle check, each at least once, and leaves no key active after the clean-up', async () => {
    const { results, cleanup, summary, active } = await lifecycleAgainst([]);
    expect(summary.exercised).toBe(true);
    expect(results.findings.map((group) => `${group.check}: ${group.example.message}`)).toEqual([]);
    for (const check of LIFECYCLE_CHECK_LIST) {
      const tally = results.checks[check.name];
      expect(tally?.passed, `${check.name} never passed`).toBeGreaterThan(0);
    }
    expect(cleanup.failed).toEqual([]);
    expect(cleanup.stillActive).toEqual([]);
    expect(active).toEqual([]);
  });
});

describe('runKeyLifecycle against faulty mocks', () => {
  it.each(FAULT_TO_CHECK)('%s is reported by %s', async (fault, check) => {
    const { results, active } = await lifecycleAgainst([fault]);
    expect(results.findings.map((group) => group.check)).toContain(check);
    const group = results.findings.find((finding) => finding.check === check);
    expect(group?.example.curl).toContain('curl');
    expect(active).toEqual([]);
  });

  it('a disabled life-cycle check is neither run nor reported', async () => {
    const { results } = await lifecycleAgainst(['revoke-not-idempotent'], {
      CONTRACT_DISABLE_CHECKS: 'lifecycle_revoke_idempotent',
    });
    expect(results.findings.map((group) => group.check)).not.toContain('lifecycle_revoke_idempotent');
    expect(results.checks['lifecycle_revoke_idempotent']).toBeUndefined();
  });

  it('never shows a minted value or the token in the findings', async () => {
    const { results } = await lifecycleAgainst(['list-leaks-value', 'rotate-keeps-old-value']);
    const text = JSON.stringify(results);
    expect(text).not.toMatch(/fk_[A-Za-z0-9_-]{40}/);
    expect(text).not.toContain('mock-token-full');
  });
});

describe('runKeyLifecycle when the revocation itself fails', () => {
  it('reports the failed revoke and judges nothing that should have followed from it', async () => {
    const run = await familyRun([]);
    try {
      const support = lifecycleOperations(run.session.compiled, ['value']);
      if (!support.ok) throw new Error(support.why);
      // A server without the revoke route: the revoke goes nowhere (404), the key stays active.
      const real = run.session.client;
      const revokeId = support.ops.revoke.operation.operationId;
      run.session.client = {
        send: (requestCase) =>
          real.send(
            requestCase.operationId === revokeId
              ? { ...requestCase, pathTemplate: `${requestCase.pathTemplate}/no-such-route` }
              : requestCase,
          ),
        close: () => real.close(),
      };
      await runKeyLifecycle(run.session, run.keys, support.ops);
      const results = run.session.recorder.results(run.session);
      const failedChecks = results.findings.map((group) => group.check);
      expect(failedChecks).toContain('lifecycle_revoke_idempotent');
      for (const consequence of ['lifecycle_revoked_value_stops', 'lifecycle_listed_as_revoked'])
        expect(failedChecks).not.toContain(consequence);
    } finally {
      await run.close();
    }
  });
});
