/**
 * Contract suite for createServiceAccountApiKey (POST /api/v0/service-accounts/{serviceAccountId}/api-keys).
 *
 * Runs against CONTRACT_BASE_URL, or the bundled mock when it is unset. Cases come from the document's
 * schemas: a deterministic coverage phase (every boundary once), then fast-check phases of valid and invalid
 * bodies (each invalid for exactly one named reason, proven by ajv), request-level faults, authentication,
 * authorisation and an unknown service account. Every exchange goes through every built-in check; the
 * `checks` block below has one test per check, failing with the grouped, redacted, reproducible findings.
 */
import { afterAll, describe, it } from 'vitest';
import { unwrap } from '../src/core/result.ts';
import { inShard } from '../src/run/in-shard.ts';
import { parseShard } from '../src/run/shard.ts';
import { openContractTarget } from './support/contract-target.ts';

const OPERATION = 'createServiceAccountApiKey';
// `contract run --shard i/n` with fewer suite files than shards: each suite takes its own share.
const shard = unwrap(parseShard(process.env.CONTRACT_SHARD));

if (!inShard(OPERATION, shard)) {
  describe.skip(`${OPERATION}: runs in another shard than ${process.env.CONTRACT_SHARD ?? ''}`, () => {
    it('is sent by another shard', () => undefined);
  });
} else {
  const target = await openContractTarget(OPERATION);
  const { session, plan, operation } = target;
  const { method, path } = operation.operation;
  const { seed, runs } = session.config;

  describe(`createServiceAccountApiKey: ${method.toUpperCase()} ${path} at ${session.baseUrl} (seed ${seed})`, () => {
    afterAll(() => target.finish());

    describe('sends', () => {
      it(`coverage: ${plan.coverage.length} boundary cases, each once`, async () => {
        await target.send(plan.coverage);
      });

      it(`positive: ${runs} generated valid bodies`, async () => {
        await target.property(plan.positive);
      });

      it.skipIf(plan.negative === undefined)(
        `negative: ${runs} generated bodies, each invalid for one reason`,
        async () => {
          if (plan.negative !== undefined) await target.property(plan.negative);
        },
      );

      it(`request-level: ${plan.request.map((requestCase) => requestCase.title).join('; ')}`, async () => {
        await target.send(plan.request);
      });

      it('a repeated name: the same valid body twice (a 409 is acceptable)', async () => {
        await target.duplicate();
      });

      it(`authentication and authorisation: ${plan.auth.length} cases`, async () => {
        await target.send(plan.auth);
      });

      it(`unknown resources: ${plan.resource.length} cases`, async () => {
        await target.send(plan.resource);
      });
    });

    describe('checks', () => {
      for (const check of session.checks) {
        const disabled = session.checkOptions.disabled.has(check.name);
        const origin = check.origin === 'description' ? ' [from the description]' : '';
        it.skipIf(disabled)(`${check.name}${origin}: ${check.description}`, () => {
          target.assertCheck(check.name);
        });
      }
    });
  });
}
