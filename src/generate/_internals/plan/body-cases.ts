import fc from 'fast-check';
import { requestKey } from '../../distinct-cases.ts';
import { catching, NOT_BUILT } from '../bounded-filter.ts';
import { collectCoverage } from '../coverage/collect-coverage.ts';
import type { RequestBody, RequestCase } from '../../types.ts';
import { validArbitrary } from '../../valid-arbitrary.ts';
import type { WireParameter } from '../params/wire-parameter.ts';
import { parameterCoverage, positiveParameters, type ParameterVariant } from './parameter-variants.ts';
import { jsonCaseBody, makeCase, type PlanContext } from './plan-context.ts';
import { preview } from '../mutations/node-mutation.ts';
import { stableHash } from './stable-hash.ts';

const TITLE_PREVIEW = 60;

function previewOf(value: unknown): string {
  return preview(value, TITLE_PREVIEW);
}

/** The body of cases that vary a parameter: the example body, or none. */
function exampleBody(ctx: PlanContext): RequestBody {
  return ctx.body && ctx.exampleBody !== undefined ? jsonCaseBody(ctx.exampleBody) : { kind: 'none' };
}

export function variantCase(
  ctx: PlanContext,
  phase: 'coverage' | 'negative',
  n: number,
  variant: ParameterVariant,
): RequestCase {
  const keyword = variant.reason?.keyword;
  const tags = phase === 'negative' ? [keyword ?? 'invalid'] : ['coverage', ...(keyword ? [keyword] : [])];
  return makeCase(ctx, phase, n, {
    body: exampleBody(ctx),
    params: variant.wires,
    expect: variant.expect === 'valid' ? 'accepted' : 'rejected',
    title: phase === 'coverage' ? `${variant.expect}: ${variant.note}` : variant.note,
    reason: variant.reason,
    tags,
  });
}

/**
 * Coverage values of the body and of the parameters as cases: valid ones expect `accepted`, invalid ones
 * `rejected`; a body value goes with the base parameters, a parameter value with the example body.
 */
export function coverageCases(
  ctx: PlanContext,
  maxDepth?: number,
): { cases: RequestCase[]; dropped: string[] } {
  const cases: RequestCase[] = [];
  const dropped: string[] = [];
  // Two values the wire makes identical (a parameter's 1 and "1") are sent once.
  const seen = new Set<string>();
  const add = (requestCase: RequestCase): void => {
    const key = requestKey(requestCase);
    if (seen.has(key)) return;
    seen.add(key);
    cases.push(requestCase);
  };
  if (ctx.body !== undefined) {
    const collected = collectCoverage(ctx.body.schema, { maxDepth });
    for (const value of collected.values) {
      add(
        makeCase(ctx, 'coverage', cases.length, {
          body: jsonCaseBody(value.value),
          expect: value.expect === 'valid' ? 'accepted' : 'rejected',
          title: `${value.expect}: ${value.note}`,
          reason: value.reason,
          tags: value.reason ? ['coverage', value.reason.keyword] : ['coverage'],
        }),
      );
    }
    dropped.push(...collected.dropped.map((entry) => `coverage: ${entry.expect} value that did not hold`));
  }
  if (ctx.body === undefined || ctx.exampleBody !== undefined || !ctx.body.required) {
    const params = parameterCoverage(ctx.params);
    for (const variant of params.variants) add(variantCase(ctx, 'coverage', cases.length, variant));
    dropped.push(...params.dropped);
  }
  return { cases, dropped };
}

function positiveTitle(body: unknown, wires: readonly WireParameter[], hasBody: boolean): string {
  if (hasBody) return `valid body ${previewOf(body)}`;
  const names = wires.map((wire) => wire.name);
  return names.length === 0 ? 'valid request without body' : `valid request (${names.join(', ')})`;
}

/**
 * `positiveDistinct` of the plan: 1 when a valid request has nothing to vary (no body, no parameter but the
 * fixed path values), so the positive phase sends it once; nothing when its requests are many.
 */
export function distinctPositive(ctx: PlanContext): { positiveDistinct?: number } {
  const varying = ctx.params.channels.some((channel) => channel.location !== 'path');
  return ctx.body === undefined && !varying ? { positiveDistinct: 1 } : {};
}

/** Valid requests: generated bodies (or none) and parameters, known-good path values, valid credentials. */
export function positiveCases(ctx: PlanContext, maxDepth?: number): fc.Arbitrary<RequestCase> {
  const example = ctx.exampleBody;
  // A body whose valid values are rare (the filter gives up) falls back to the plan's valid example.
  const bodies: fc.Arbitrary<unknown> =
    ctx.body === undefined
      ? fc.constant(undefined)
      : example === undefined
        ? validArbitrary(ctx.body.schema, { maxDepth })
        : catching(validArbitrary(ctx.body.schema, { maxDepth })).map((value) =>
            value === NOT_BUILT ? example : value,
          );
  const hasBody = ctx.body !== undefined;
  return fc.tuple(bodies, positiveParameters(ctx.params)).map(([body, wires]) =>
    makeCase(ctx, 'positive', stableHash(hasBody ? body : wires), {
      body: hasBody ? jsonCaseBody(body) : { kind: 'none' },
      params: wires,
      expect: 'accepted',
      title: positiveTitle(body, wires, hasBody),
      tags: [],
    }),
  );
}
