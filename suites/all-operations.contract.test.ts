/**
 * Contract suite for every operation of the document under test (CONTRACT_SPEC, else the target's live
 * document, else the pinned one), whatever the document: for each selected operation the boundary
 * (coverage), positive and negative phases, request-level faults, credentials and unknown resources, each
 * case through every built-in check. Select with CONTRACT_OPERATION, CONTRACT_INCLUDE and CONTRACT_EXCLUDE
 * (`tag:Service Accounts,method:post,path:/api/v0/*,id:createX`); known-good path values come from
 * CONTRACT_PATH_PARAMS. Operations with a suite of their own (the key suite) are left to it. A phase the
 * document asks for something this tool cannot generate is skipped, and the skip says what and where.
 */
import { afterAll, describe, it } from 'vitest';
import { openOperationsTarget } from './support/operations-target.ts';

const target = await openOperationsTarget();
const { session, operations } = target;
const { seed, runs } = session.config;

describe(`all operations of ${session.specChoice.source} at ${session.baseUrl} (seed ${seed})`, () => {
  afterAll(() => target.finish());

  it.skipIf(target.empty === undefined)(`nothing to run: ${target.empty ?? ''}`, () => undefined);

  for (const { operation, plan, skipped } of operations) {
    const { method, path, operationId } = operation.operation;
    const why = (phase: 'coverage' | 'positive' | 'negative' | 'request' | 'auth' | 'resource'): string =>
      skipped.has(phase) ? ` (skipped: ${skipped.get(phase) ?? ''})` : '';

    describe(`${operationId}: ${method.toUpperCase()} ${path}`, () => {
      it.skipIf(skipped.has('coverage'))(
        `coverage: ${plan.coverage.length} boundary cases${why('coverage')}`,
        async () => {
          await target.send(plan.coverage);
        },
      );

      it.skipIf(skipped.has('positive'))(
        `positive: ${runs} generated valid requests${why('positive')}`,
        async () => {
          await target.property(plan.positive);
        },
      );

      it.skipIf(plan.negative === undefined)(
        `negative: ${runs} generated requests, each invalid for one reason${why('negative')}`,
        async () => {
          if (plan.negative !== undefined) await target.property(plan.negative);
        },
      );

      it.skipIf(plan.request.length === 0)(
        `request-level: ${plan.request.length} cases${why('request')}`,
        async () => {
          await target.send(plan.request);
        },
      );

      it.skipIf(plan.auth.length === 0)(
        `authentication and authorisation: ${plan.auth.length} cases`,
        async () => {
          await target.send(plan.auth);
        },
      );

      it.skipIf(plan.resource.length === 0)(
        `unknown resources: ${plan.resource.length} cases${why('resource')}`,
        async () => {
          await target.send(plan.resource);
        },
      );

      it(`no check failed for ${operationId}`, () => {
        target.assertOperation(operationId);
      });
    });
  }
});
