import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { distinctCases, requestKey } from '../../src/generate/distinct-cases.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

const QUERIES = new URL('../../fixtures/generation/query-inputs-3.0.yaml', import.meta.url).pathname;
const STYLES = new URL('../../fixtures/generation/parameters-3.0.yaml', import.meta.url).pathname;

let queries: CompiledSpec;
let styles: CompiledSpec;

beforeAll(async () => {
  queries = unwrap(compileSpec(unwrap(await loadSpec(QUERIES))));
  styles = unwrap(compileSpec(unwrap(await loadSpec(STYLES))));
});

function planOf(spec: CompiledSpec, operationId: string) {
  const operation = spec.operation(operationId);
  if (operation === undefined) throw new Error(`${operationId} not found`);
  return buildCasePlan(operation, { fixedPathParams: {}, seed: 3 });
}

/** The query pairs of a case as sent: the http layer's pairs and those pre-encoded in the path template. */
function queryPairs(requestCase: RequestCase): [string, string][] {
  const pairs = Object.entries(requestCase.query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]),
  );
  const encoded = requestCase.pathTemplate.split('?')[1];
  if (encoded === undefined) return pairs;
  return [
    ...pairs,
    ...encoded.split('&').map((pair): [string, string] => {
      const [name = '', value = ''] = pair.split('=');
      return [decodeURIComponent(name), decodeURIComponent(value)];
    }),
  ];
}

describe('valid cases are valid on the wire', () => {
  it('never sends an empty query value unless the parameter allows it, nor an empty header or cookie', () => {
    for (const [spec, operationId] of [
      [queries, 'search'],
      [styles, 'getItem'],
    ] as const) {
      const plan = planOf(spec, operationId);
      const cases = [
        ...plan.coverage,
        ...fc.sample(plan.positive, { seed: 7, numRuns: 300 }),
        ...(plan.negative ? fc.sample(plan.negative, { seed: 7, numRuns: 300 }) : []),
      ];
      let blanks = 0;
      for (const requestCase of cases) {
        for (const [name, value] of queryPairs(requestCase)) {
          if (value === '' && name === 'blank') blanks += 1;
          else expect(value, `${requestCase.title}: ${name}`).not.toBe('');
        }
        for (const value of [...Object.values(requestCase.headers), ...Object.values(requestCase.cookies)])
          expect(value, requestCase.title).not.toBe('');
      }
      if (operationId === 'search') expect(blanks).toBeGreaterThan(0);
    }
  });
});

describe('distinct requests', () => {
  it('says that an operation without inputs has one positive request', () => {
    expect(planOf(queries, 'ping').positiveDistinct).toBe(1);
    expect(planOf(queries, 'search').positiveDistinct).toBeUndefined();
  });

  it('drops repeats of an identical request, keeping the first of each in order', () => {
    const plan = planOf(queries, 'ping');
    const sampled = fc.sample(plan.positive, { seed: 1, numRuns: 100 });
    expect(distinctCases(sampled)).toEqual([sampled[0]]);
    const search = fc.sample(planOf(queries, 'search').positive, { seed: 1, numRuns: 50 });
    const distinct = distinctCases(search);
    expect(new Set(distinct.map(requestKey)).size).toBe(distinct.length);
    expect(distinct[0]).toBe(search[0]);
  });

  it('sends each coverage request once', () => {
    for (const operationId of ['search', 'ping']) {
      const keys = planOf(queries, operationId).coverage.map(requestKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
