import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledOperation, CompiledParameter, CompiledSpec } from '../../src/schema/types.ts';
import type { ParameterLocation } from '../../src/spec/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { skippedPhases } from '../../src/generate/skipped-phases.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { buildTarget } from '../../src/http/build-target.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';
import { parameterErrors } from '../helpers/read-parameters.ts';

const SERVICE_ACCOUNTS = new URL('../../fixtures/service-accounts.openapi.yaml', import.meta.url).pathname;

function parameter(
  name: string,
  where: ParameterLocation,
  required: boolean,
  schema: Record<string, unknown>,
): CompiledParameter {
  return {
    spec: { name, in: where, required, schema, deprecated: false, pointer: `/test/${name}` },
    schema: compiledSchemaFor(schema),
  };
}

/** A GET without security, with required query, header and cookie parameters and an optional one. */
const SEARCH: CompiledOperation = {
  operation: {
    operationId: 'searchItems',
    method: 'get',
    path: '/items',
    tags: [],
    deprecated: false,
    parameters: [],
    responses: [],
    security: [],
    pointer: '/paths/~1items/get',
  },
  parameters: [
    parameter('limit', 'query', true, { type: 'integer', minimum: 5, maximum: 50 }),
    parameter('fields', 'query', true, {
      type: 'array',
      items: { type: 'string', enum: ['a', 'b'] },
      minItems: 2,
    }),
    parameter('X-Request-Id', 'header', true, { type: 'string', format: 'uuid' }),
    parameter('session', 'cookie', true, { type: 'string', pattern: '^s[0-9]{4}$' }),
    parameter('q', 'query', false, { type: 'string' }),
  ],
  responses: [],
  responseFor: () => undefined,
};

let spec: CompiledSpec;

beforeAll(async () => {
  spec = unwrap(compileSpec(unwrap(await loadSpec(SERVICE_ACCOUNTS))));
});

function operation(operationId: string): CompiledOperation {
  const found = spec.operation(operationId);
  if (found === undefined) throw new Error(`${operationId} not found`);
  return found;
}

describe('buildCasePlan parameters, security and bodies', () => {
  it('gives required query, header and cookie parameters valid values, the same for the same seeds', () => {
    const sample = (planSeed: number, seed: number) =>
      fc.sample(buildCasePlan(SEARCH, { fixedPathParams: {}, seed: planSeed }).positive, {
        numRuns: 20,
        seed,
      });
    expect(sample(3, 1)).toEqual(sample(3, 1));
    for (const requestCase of sample(3, 1)) {
      expect(requestCase.headers['X-Request-Id']).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
      expect(Number(requestCase.query.limit)).toBeGreaterThanOrEqual(5);
      expect(Number(requestCase.query.limit)).toBeLessThanOrEqual(50);
      expect(requestCase.cookies.session).toMatch(/^s[0-9]{4}$/);
    }
  });

  it('sends a GET without body and without credentials when the operation needs none', () => {
    const plan = buildCasePlan(SEARCH, { fixedPathParams: {} });
    const cases = fc.sample(plan.positive, { numRuns: 50, seed: 1 });
    for (const requestCase of cases) {
      expect(requestCase).toMatchObject({ auth: 'none', body: { kind: 'none' }, expect: 'accepted' });
      expect(Object.keys(requestCase.headers)).toEqual(['X-Request-Id']);
      const fields = requestCase.query.fields;
      expect(
        Array.isArray(fields) && fields.length >= 2 && fields.every((item) => ['a', 'b'].includes(item)),
      ).toBe(true);
    }
    // The optional q is sometimes sent, sometimes not.
    expect(cases.some((requestCase) => requestCase.query.q === undefined)).toBe(true);
    expect(cases.some((requestCase) => requestCase.query.q !== undefined)).toBe(true);
    expect(plan.auth).toEqual([]);
    expect(plan.request).toEqual([]);
    expect(plan.negative).toBeDefined();
  });

  it('expects a bodyless rotate accepted without tolerance: its optional body requires nothing', () => {
    const plan = buildCasePlan(operation('rotateServiceAccountApiKey'), {
      fixedPathParams: { serviceAccountId: 'sa_1', keyId: 'key_1' },
    });
    const bodyless = plan.request.find((requestCase) => requestCase.tags.includes('bodyless'));
    expect(bodyless).toMatchObject({ expect: 'accepted', body: { kind: 'none' } });
    expect(bodyless?.tolerated).toBeUndefined();
    expect(plan.resource.map((requestCase) => requestCase.tags[1])).toEqual(['serviceAccountId', 'keyId']);
    expect(
      plan.coverage.some((requestCase) =>
        requestCase.title.includes('gracePeriodMinutes: 10, at maximum 10'),
      ),
    ).toBe(true);
  });

  it('plans a GET list with auth and resource cases but no body phases', () => {
    const plan = buildCasePlan(operation('listServiceAccountApiKeys'), {
      fixedPathParams: { serviceAccountId: 'sa_1' },
    });
    // serviceAccountId is any non-empty string: no invalid value can be sent, and valid ones are other ids.
    expect(plan.coverage).toEqual([]);
    expect(plan.negative).toBeUndefined();
    expect(plan.request).toEqual([]);
    expect(plan.auth).toHaveLength(7);
    expect(plan.auth.every((requestCase) => requestCase.body.kind === 'none')).toBe(true);
    expect(plan.resource).toHaveLength(1);
  });

  it('notes a path parameter that has no fixed value', () => {
    const plan = buildCasePlan(operation('listServiceAccountApiKeys'), { fixedPathParams: {} });
    expect(plan.notes).toEqual([
      expect.stringMatching(/^path parameter serviceAccountId has no fixed value; using "[^"]+" \(a 404/),
    ]);
    expect(plan.resource).toEqual([]);
    // The stand-in id may name no account: cases about the data tolerate a 404, 401 and 403 cases do not.
    const [positive] = fc.sample(plan.positive, { numRuns: 1, seed: 1 });
    expect(positive?.tolerated).toEqual([404]);
    for (const requestCase of plan.auth)
      expect(requestCase.tolerated).toEqual(requestCase.expect === 'accepted' ? [404] : undefined);
  });
});

describe('buildCasePlan parameters: every style, proven by reading the request back (fixtures/generation/parameters-3.0.yaml)', () => {
  const LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;
  let styled: CompiledSpec;

  beforeAll(async () => {
    const source = new URL('../../fixtures/generation/parameters-3.0.yaml', import.meta.url).pathname;
    styled = unwrap(compileSpec(unwrap(await loadSpec(source))));
  });

  const getItem = (): CompiledOperation => {
    const found = styled.operation('getItem');
    if (found === undefined) throw new Error('getItem not found');
    return found;
  };
  const errorsOf = (requestCase: RequestCase, where: (typeof LOCATIONS)[number]) =>
    parameterErrors(requestCase, getItem(), where);

  it('sends valid values of every parameter, as the server reads them', () => {
    const plan = buildCasePlan(getItem(), { fixedPathParams: { id: '42' }, seed: 1 });
    const cases = fc.sample(plan.positive, { numRuns: 300, seed: 2 });
    for (const requestCase of cases)
      for (const where of LOCATIONS) expect(errorsOf(requestCase, where), requestCase.title).toEqual([]);
    const urls = cases.map((requestCase) => buildTarget('http://h', requestCase));
    for (const fragment of [
      '/42/.',
      ';x=',
      'csv=',
      'filter%5B',
      'codes=',
      'words=',
      'ids=',
      'where=',
      'flag=',
    ])
      expect(
        urls.some((url) => url.includes(fragment)),
        fragment,
      ).toBe(true);
  });

  it('makes each negative invalid for its one stated reason in its one location', () => {
    const plan = buildCasePlan(getItem(), { fixedPathParams: { id: '42' }, seed: 1 });
    if (plan.negative === undefined) throw new Error('no negative phase');
    const cases = fc.sample(plan.negative, { numRuns: 400, seed: 3 });
    const reasons = new Set<string>();
    for (const requestCase of cases) {
      const reason = requestCase.reason;
      if (reason === undefined || reason.location === 'body' || reason.location === 'request')
        throw new Error('no parameter reason');
      reasons.add(`${reason.location} ${reason.keyword} ${reason.schemaPath}`);
      expect(failsOnlyFor(errorsOf(requestCase, reason.location), reason), reason.description).toBe(true);
      for (const where of LOCATIONS.filter((other) => other !== reason.location))
        expect(errorsOf(requestCase, where), reason.description).toEqual([]);
    }
    for (const expected of [
      'path minimum #/properties/id/minimum',
      'path pattern #/properties/tags/items/pattern',
      'path required #/properties/point/required',
      'query maximum #/properties/limit/maximum',
      'query uniqueItems #/properties/csv/uniqueItems',
      'query enum #/properties/filter/properties/state/enum',
      'query maxLength #/properties/words/items/maxLength',
      'query type #/properties/codes/items/type',
      'query required #/properties/where/required',
      'header format #/properties/X-Request-Id/format',
      'header maxItems #/properties/X-Trace/maxItems',
      'cookie pattern #/properties/session/pattern',
    ])
      expect(reasons, expected).toContain(expected);
  });

  it('covers each parameter boundary once and each required one missing, each holding its expectation', () => {
    const plan = buildCasePlan(getItem(), { fixedPathParams: { id: '42' }, seed: 1 });
    const missing = plan.coverage.filter(
      (requestCase) =>
        requestCase.reason?.keyword === 'required' && requestCase.reason.schemaPath === '#/required',
    );
    expect(
      missing.map((requestCase) => `${requestCase.reason?.location} ${requestCase.reason?.property}`).sort(),
    ).toEqual(['cookie session', 'header X-Request-Id', 'query limit']);
    for (const requestCase of plan.coverage) {
      const reason = requestCase.reason;
      if (reason === undefined || reason.location === 'body' || reason.location === 'request') {
        for (const where of LOCATIONS) expect(errorsOf(requestCase, where), requestCase.title).toEqual([]);
        continue;
      }
      expect(failsOnlyFor(errorsOf(requestCase, reason.location), reason), requestCase.title).toBe(true);
    }
    expect(
      plan.coverage.some((requestCase) => requestCase.title.includes('limit: 100, at maximum 100')),
    ).toBe(true);
    expect(
      plan.coverage.some((requestCase) => requestCase.title.includes('limit: 101, just outside maximum 100')),
    ).toBe(true);
  });

  it('gives the same plan for the same seed', () => {
    const first = buildCasePlan(getItem(), { fixedPathParams: { id: '42' }, seed: 7 });
    const again = buildCasePlan(getItem(), { fixedPathParams: { id: '42' }, seed: 7 });
    expect(again.coverage).toEqual(first.coverage);
    expect(fc.sample(again.positive, { numRuns: 20, seed: 1 })).toEqual(
      fc.sample(first.positive, { numRuns: 20, seed: 1 }),
    );
  });

  it('reports what it cannot generate, with the operation, the keyword and where, and leaves its phases out', () => {
    const putFile = styled.operation('putFile');
    if (putFile === undefined) throw new Error('putFile not found');
    const plan = buildCasePlan(putFile, { fixedPathParams: { name: 'a' } });
    expect(plan.unsupported).toEqual([
      expect.objectContaining({
        operationId: 'putFile',
        keyword: 'style',
        pointer: '/paths/~1files~1{name}/put/parameters/1',
        reason: expect.stringMatching(/deepObject is defined for objects only/),
      }),
      expect.objectContaining({
        operationId: 'putFile',
        keyword: 'requestBody',
        pointer: '/paths/~1files~1{name}/put/requestBody',
        reason: expect.stringMatching(/multipart\/form-data/),
      }),
    ]);
    expect(plan.coverage).toEqual([]);
    expect(plan.negative).toBeUndefined();
    expect(plan.request).toEqual([]);
    expect(plan.resource).toEqual([]);
    expect([...skippedPhases(plan).keys()]).toEqual(
      expect.arrayContaining(['positive', 'negative', 'coverage']),
    );
  });
});
