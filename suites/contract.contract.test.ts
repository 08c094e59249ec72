/**
 * The contract, as vitest tests: the same engine, phases and checks as `contract run`, against
 * CONTRACT_BASE_URL or the bundled mock. Each operation of the document (CONTRACT_SPEC, else the target's
 * live document, else the pinned one; select with CONTRACT_OPERATION / CONTRACT_INCLUDE / CONTRACT_EXCLUDE,
 * split with CONTRACT_SHARD) is a `describe` with one test per phase and one asserting it has no finding;
 * the extensions' phases follow (the key life cycle); then one test per check of the registry, failing with
 * the grouped, redacted, reproducible findings of that check.
 *
 *   npx vitest run --project contract
 */
import { afterAll, describe, it } from 'vitest';
import { openSuiteContract } from './support/open-suite-contract.ts';

const suite = await openSuiteContract();
const { session } = suite.contract;
const { seed } = session.config;

describe(`contract of ${session.specChoice.source} at ${session.baseUrl} (seed ${seed})`, () => {
  afterAll(() => suite.finish());

  it.skipIf(suite.operations.length > 0)('nothing to run: no operation is selected', () => undefined);

  for (const { operationId, title, planned } of suite.operations) {
    describe(title, () => {
      if (!planned.ok) {
        it.skip(`skipped: ${planned.why}`, () => undefined);
        return;
      }
      for (const phase of planned.value.phases) {
        const name = phase.skipped === undefined ? phase.title : `${phase.title} (skipped: ${phase.skipped})`;
        it.skipIf(phase.skipped !== undefined)(name, () => suite.runPhase(operationId, phase));
      }
      it(`no check failed for ${operationId}`, () => {
        suite.assertNone((group) => group.operationId === operationId);
      });
    });
  }

  describe('extensions', () => {
    for (const phase of suite.extensionPhases) {
      const name = phase.skipped === undefined ? phase.title : `${phase.title} (skipped: ${phase.skipped})`;
      it.skipIf(phase.skipped !== undefined)(name, () => suite.runPhase('extensions', phase));
    }
  });

  describe('checks', () => {
    for (const check of suite.checks) {
      const disabled = session.checkOptions.disabled.has(check.name);
      const origin = check.origin === 'description' ? ' [from the description]' : '';
      it.skipIf(disabled)(`${check.name}${origin}: ${check.description}`, () => {
        suite.assertNone((group) => group.check === check.name);
      });
    }
  });
});
