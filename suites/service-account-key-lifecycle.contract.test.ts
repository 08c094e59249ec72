/**
 * Contract suite for the life cycle of a service account API key: create, list, use, rotate, revoke.
 *
 * Runs when the document under test declares the operations of a key's life cycle, found by their shape
 * (create: a POST answering a one-time `value`; list: GET on the same path; revoke and rotate on
 * `<path>/{id}/...`), e.g. `CONTRACT_SPEC=fixtures/service-accounts.openapi.yaml`. Against the pinned
 * create-only document it is skipped, and says why. Each expectation is a named check; every exchange also
 * goes through the built-in checks. Every key the suite mints is revoked at its end, and on Ctrl-C.
 */
import { afterAll, describe, it } from 'vitest';
import { LIFECYCLE_CHECK_LIST } from '../src/run/lifecycle/lifecycle-checks.ts';
import { openLifecycleTarget } from './support/lifecycle-target.ts';

const target = await openLifecycleTarget();
const { session, support } = target;
const title = support.ok
  ? `key life cycle: ${[support.ops.create, support.ops.list, support.ops.rotate, support.ops.revoke]
      .flatMap((op) => (op ? [op.operation.operationId] : []))
      .join(', ')} at ${session.baseUrl}`
  : `key life cycle (skipped: ${support.why})`;

if (!support.ok) console.log(`key life cycle skipped: ${support.why}`);

describe.skipIf(!support.ok)(title, () => {
  afterAll(() => target.finish());

  it('create -> listed without value -> value works -> rotate -> old value stops -> revoke twice -> stops', async () => {
    await target.run();
  });

  describe('checks', () => {
    for (const check of [...LIFECYCLE_CHECK_LIST, ...session.checks]) {
      const disabled = session.checkOptions.disabled.has(check.name);
      const origin = check.origin === 'description' ? ' [from the description]' : '';
      it.skipIf(disabled)(`${check.name}${origin}: ${check.description}`, () => {
        target.assertCheck(check.name);
      });
    }
  });
});
