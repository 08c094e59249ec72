import fc from 'fast-check';
import { collectCoverage } from '../coverage/collect-coverage.ts';
import type { InvalidArbitrary } from '../../invalid-arbitrary.ts';
import type { RequestCase } from '../../types.ts';
import { validArbitrary } from '../../valid-arbitrary.ts';
import { jsonCaseBody, makeCase, type PlanContext } from './plan-context.ts';
import { stableHash } from './stable-hash.ts';

const TITLE_PREVIEW = 60;

function previewOf(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length <= TITLE_PREVIEW ? text : `${text.slice(0, TITLE_PREVIEW - 1)}…`;
}

/** Coverage values of the body as cases: valid ones expect `accepted`, invalid ones `rejected`. */
export function coverageCases(
  ctx: PlanContext,
  maxDepth?: number,
): { cases: RequestCase[]; dropped: string[] } {
  if (ctx.body === undefined) return { cases: [], dropped: [] };
  const { values, dropped } = collectCoverage(ctx.body.schema, { maxDepth });
  const cases = values.map((value, index) =>
    makeCase(ctx, 'coverage', index, {
      body: jsonCaseBody(value.value),
      expect: value.expect === 'valid' ? 'accepted' : 'rejected',
      title: `${value.expect}: ${value.note}`,
      reason: value.reason,
      tags: value.reason ? ['coverage', value.reason.keyword] : ['coverage'],
    }),
  );
  return { cases, dropped: dropped.map((entry) => `coverage: ${entry.expect} value that did not hold`) };
}

/** Valid requests: generated bodies (or none), fixed parameters, valid credentials. */
export function positiveCases(ctx: PlanContext, maxDepth?: number): fc.Arbitrary<RequestCase> {
  const bodies = ctx.body ? validArbitrary(ctx.body.schema, { maxDepth }) : undefined;
  if (bodies === undefined) {
    const only = makeCase(ctx, 'positive', 0, {
      body: { kind: 'none' },
      expect: 'accepted',
      title: 'valid request without body',
      tags: [],
    });
    return fc.constant(only);
  }
  return bodies.map((body) =>
    makeCase(ctx, 'positive', stableHash(body), {
      body: jsonCaseBody(body),
      expect: 'accepted',
      title: `valid body ${previewOf(body)}`,
      tags: [],
    }),
  );
}

/** Bodies invalid for one labelled reason each. */
export function negativeCases(
  ctx: PlanContext,
  invalid: InvalidArbitrary,
): fc.Arbitrary<RequestCase> | undefined {
  return invalid.arbitrary?.map((sample) =>
    makeCase(ctx, 'negative', stableHash(sample), {
      body: jsonCaseBody(sample.value),
      expect: 'rejected',
      title: sample.reason.description,
      reason: sample.reason,
      tags: [sample.reason.keyword],
    }),
  );
}
