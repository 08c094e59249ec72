import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import {
  PlanningBudgetSpent,
  spendPlanningTime,
  withPlanningBudget,
} from '../../src/generate/_internals/planning-budget.ts';
import { skippedPhases } from '../../src/generate/skipped-phases.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledOperation, CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

const PINNED = new URL('../../fixtures/create-service-account-api-key.openapi.yaml', import.meta.url)
  .pathname;
const CYCLES = new URL('../../fixtures/generation/cycles-3.1.yaml', import.meta.url).pathname;
const FIXED = { serviceAccountId: 'sa_existing' };

let pinned: CompiledOperation;
let cycles: CompiledSpec;

beforeAll(async () => {
  const spec = unwrap(compileSpec(unwrap(await loadSpec(PINNED))));
  const found = spec.operation('createServiceAccountApiKey');
  if (found === undefined) throw new Error('pinned operation not found');
  pinned = found;
  cycles = unwrap(compileSpec(unwrap(await loadSpec(CYCLES))));
});

describe('buildCasePlan: operations that cannot be planned are skipped with a reason', () => {
  it('skips every phase of an operation whose planning budget is spent, and says so', () => {
    const plan = buildCasePlan(pinned, { fixedPathParams: FIXED, planningBudgetMs: -1 });
    expect(plan.unsupported).toEqual([
      expect.objectContaining({ keyword: 'planningBudget', pointer: pinned.operation.pointer }),
    ]);
    expect(plan.unsupported[0]?.reason).toMatch(/planning budget of -1 ms spent/);
    expect([...skippedPhases(plan).keys()].sort()).toEqual(
      ['auth', 'coverage', 'negative', 'positive', 'request', 'resource'].sort(),
    );
    expect(plan.coverage).toEqual([]);
    expect(plan.negative).toBeUndefined();
  });

  it('turns an error while planning into a skipped operation, not a thrown error', () => {
    const media = pinned.requestBody?.media[0];
    if (media?.schema === undefined) throw new Error('no body');
    const broken: CompiledOperation = {
      ...pinned,
      requestBody: {
        required: true,
        media: [
          {
            ...media,
            schema: {
              ...media.schema,
              validate: () => {
                throw new Error('validator exploded');
              },
            },
          },
        ],
      },
    };
    const plan = buildCasePlan(broken, { fixedPathParams: FIXED });
    expect(plan.unsupported).toEqual([
      expect.objectContaining({ keyword: 'plan', reason: expect.stringContaining('validator exploded') }),
    ]);
  });

  it('plans the pinned operation well within the default budget', () => {
    const plan = buildCasePlan(pinned, { fixedPathParams: FIXED });
    expect(plan.unsupported).toEqual([]);
    expect(plan.coverage.length).toBeGreaterThan(20);
  });

  it('plans every operation of a document with an unsatisfiable one (a $ref loop) without throwing', () => {
    for (const operation of cycles.operations) {
      const plan = buildCasePlan(operation, { fixedPathParams: {} });
      const skipped = skippedPhases(plan);
      if (!skipped.has('positive')) expect(fc.sample(plan.positive, { seed: 1, numRuns: 5 })).toHaveLength(5);
    }
  });

  it('nests budgets: an inner budget never outlives the outer deadline', () => {
    expect(() =>
      withPlanningBudget(-1, () =>
        withPlanningBudget(60_000, () => {
          spendPlanningTime();
        }),
      ),
    ).toThrow(PlanningBudgetSpent);
    expect(() => withPlanningBudget(60_000, () => spendPlanningTime())).not.toThrow();
    expect(() => spendPlanningTime()).not.toThrow();
  });
});
