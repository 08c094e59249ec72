import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { skippedPhases } from '../../src/generate/skipped-phases.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import type { CompiledOperation, CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

const DOCUMENTS = ['cycles-3.0.yaml', 'cycles-3.1.yaml'].map(
  (name) => new URL(`../../fixtures/generation/${name}`, import.meta.url).pathname,
);
/** Far more than maxDepth lets a recursive `$ref` open, far less than what overflows a stack. */
const MAX_NESTING = 40;

const specs: CompiledSpec[] = [];

beforeAll(async () => {
  for (const path of DOCUMENTS) specs.push(unwrap(compileSpec(unwrap(await loadSpec(path)))));
});

function nesting(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, nesting(child)), 0);
}

function bodyOf(requestCase: RequestCase): unknown {
  return requestCase.body.kind === 'json' ? requestCase.body.value : undefined;
}

/** Every case of the plan holds its expectation by the oracle, and no body nests deeper than the bound. */
function checkOperation(operation: CompiledOperation): void {
  const schema = operation.requestBody?.media[0]?.schema;
  const plan = buildCasePlan(operation, { fixedPathParams: {}, seed: 9 });
  const skipped = skippedPhases(plan);
  const id = operation.operation.operationId;
  const cases = [
    ...plan.coverage,
    ...(skipped.has('positive') ? [] : fc.sample(plan.positive, { seed: 9, numRuns: 150 })),
    ...(plan.negative ? fc.sample(plan.negative, { seed: 9, numRuns: 150 }) : []),
  ];
  expect(cases.length, id).toBeGreaterThan(0);
  for (const requestCase of cases) {
    const body = bodyOf(requestCase);
    expect(nesting(body), `${id} ${requestCase.title}`).toBeLessThanOrEqual(MAX_NESTING);
    if (schema === undefined || requestCase.body.kind !== 'json') continue;
    const errors = schema.validate(body);
    if (requestCase.expect === 'accepted') expect(errors, `${id} ${requestCase.title}`).toEqual([]);
    else if (requestCase.reason?.location === 'body')
      expect(failsOnlyFor(errors, requestCase.reason), `${id} ${requestCase.title}`).toBe(true);
  }
}

describe('cyclic $refs (trees, replies to replies, mutual recursion, recursive JSON)', () => {
  it('plans every operation with bounded-depth values that validate (3.0)', () => {
    const [spec] = specs;
    for (const operation of spec?.operations ?? []) checkOperation(operation);
  });

  it('plans every operation with bounded-depth values that validate (3.1)', () => {
    const spec = specs[1];
    for (const operation of (spec?.operations ?? []).filter((op) => op.operation.operationId !== 'postLoop'))
      checkOperation(operation);
  });

  it('reaches recursion in valid values: a tree has children that have children', () => {
    const tree = specs[0]?.operation('createTree');
    if (tree === undefined) throw new Error('createTree not found');
    const plan = buildCasePlan(tree, { fixedPathParams: {}, seed: 9 });
    const depths = fc.sample(plan.positive, { seed: 9, numRuns: 200 }).map((c) => nesting(bodyOf(c)));
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(5);
  });

  it('skips a $ref loop that never reaches a schema, with a reason and no stack trace', () => {
    const loop = specs[1]?.operation('postLoop');
    if (loop === undefined) throw new Error('postLoop not found');
    const plan = buildCasePlan(loop, { fixedPathParams: {} });
    expect(plan.unsupported.length).toBeGreaterThan(0);
    for (const entry of plan.unsupported) expect(entry.reason).not.toMatch(/Maximum call stack|\n\s+at /);
  });
});
