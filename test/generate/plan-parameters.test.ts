import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledOperation, CompiledParameter, CompiledSpec } from '../../src/schema/types.ts';
import type { ParameterLocation } from '../../src/spec/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';

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
  it('gives required query, header and cookie parameters valid values, the same for the same seed', () => {
    const first = fc.sample(buildCasePlan(SEARCH, { fixedPathParams: {}, seed: 3 }).positive, {
      numRuns: 1,
      seed: 1,
    });
    const again = fc.sample(buildCasePlan(SEARCH, { fixedPathParams: {}, seed: 3 }).positive, {
      numRuns: 1,
      seed: 9,
    });
    expect(again).toEqual(first);
    expect(first[0]?.headers['X-Request-Id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('sends a GET without body and without credentials when the operation needs none', () => {
    const plan = buildCasePlan(SEARCH, { fixedPathParams: {} });
    const [requestCase] = fc.sample(plan.positive, { numRuns: 1, seed: 1 });
    expect(requestCase).toMatchObject({ auth: 'none', body: { kind: 'none' }, expect: 'accepted' });
    expect(Object.keys(requestCase?.headers ?? {})).toEqual(['X-Request-Id']);
    expect(requestCase?.query.limit).toBe('5');
    expect(requestCase?.query.fields).toEqual(['a', 'a']);
    expect(requestCase?.cookies.session).toMatch(/^s[0-9]{4}$/);
    expect(requestCase?.query.q).toBeUndefined();
    expect(plan.auth).toEqual([]);
    expect(plan.request).toEqual([]);
    expect(plan.negative).toBeUndefined();
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
    expect(plan.coverage).toEqual([]);
    expect(plan.negative).toBeUndefined();
    expect(plan.request).toEqual([]);
    expect(plan.auth).toHaveLength(7);
    expect(plan.auth.every((requestCase) => requestCase.body.kind === 'none')).toBe(true);
    expect(plan.resource).toHaveLength(1);
  });

  it('notes a path parameter that has no fixed value', () => {
    const plan = buildCasePlan(operation('listServiceAccountApiKeys'), { fixedPathParams: {} });
    expect(plan.notes).toEqual([expect.stringMatching(/path parameter serviceAccountId has no fixed value/)]);
    expect(plan.resource).toEqual([]);
  });
});
