import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import type { CasePlan } from '../../src/generate/case-plan-types.ts';
import type { RequestCase } from '../../src/generate/types.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import type { CompiledMedia, CompiledOperation, CompiledSchema } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

const PINNED = new URL('../../fixtures/create-service-account-api-key.openapi.yaml', import.meta.url)
  .pathname;
const FIXED = { serviceAccountId: 'sa_existing' };

let operation: CompiledOperation;
let body: CompiledSchema;
let plan: CasePlan;

beforeAll(async () => {
  const spec = unwrap(compileSpec(unwrap(await loadSpec(PINNED))));
  const found = spec.operation('createServiceAccountApiKey');
  const schema = found?.requestBody?.media[0]?.schema;
  if (found === undefined || schema === undefined) throw new Error('pinned operation not found');
  operation = found;
  body = schema;
  plan = buildCasePlan(operation, { fixedPathParams: FIXED, seed: 1 });
});

function jsonOf(requestCase: RequestCase): unknown {
  if (requestCase.body.kind !== 'json') throw new Error(`${requestCase.id} has no JSON body`);
  return requestCase.body.value;
}

describe('buildCasePlan on createServiceAccountApiKey', () => {
  it('generates valid positive requests with the fixed path parameter and valid credentials', () => {
    fc.assert(
      fc.property(plan.positive, (requestCase) => {
        expect(body.validate(jsonOf(requestCase))).toEqual([]);
        expect(requestCase).toMatchObject({
          expect: 'accepted',
          auth: 'valid',
          phase: 'positive',
          pathParams: FIXED,
          method: 'post',
        });
        expect(requestCase.headers['content-type']).toBe('application/json');
        expect(requestCase.id).toMatch(/^createServiceAccountApiKey\/positive\/\d+$/);
        expect(requestCase.uniqueFields).toEqual(['/name']);
      }),
      { numRuns: 1000, seed: 4 },
    );
  });

  it('generates negatives that fail for exactly their body reason', () => {
    const negative = plan.negative;
    if (negative === undefined) throw new Error('no negatives');
    fc.assert(
      fc.property(negative, (requestCase) => {
        expect(requestCase.expect).toBe('rejected');
        expect(requestCase.reason?.location).toBe('body');
        if (requestCase.reason)
          expect(failsOnlyFor(body.validate(jsonOf(requestCase)), requestCase.reason)).toBe(true);
        expect(requestCase.title).toBe(requestCase.reason?.description);
      }),
      { numRuns: 1000, seed: 4 },
    );
  });

  it('turns coverage values into accepted and rejected cases with stable ids', () => {
    expect(plan.coverage.length).toBeGreaterThan(20);
    plan.coverage.forEach((requestCase, index) => {
      expect(requestCase.id).toBe(`createServiceAccountApiKey/coverage/${index}`);
      const errors = body.validate(jsonOf(requestCase));
      if (requestCase.expect === 'accepted') expect(errors).toEqual([]);
      else expect(requestCase.reason && failsOnlyFor(errors, requestCase.reason)).toBe(true);
    });
    expect(buildCasePlan(operation, { fixedPathParams: FIXED, seed: 1 }).coverage).toEqual(plan.coverage);
  });

  it('adds request-level faults, and a bodyless request that the optional body makes valid (400 tolerated)', () => {
    const byTag = (tag: string) => plan.request.find((requestCase) => requestCase.tags.includes(tag));
    expect(byTag('malformedJson')).toMatchObject({
      expect: 'rejected',
      reason: { location: 'request', keyword: 'malformedJson' },
    });
    expect(byTag('bodyTooLarge')).toMatchObject({ expect: 'rejected', tolerated: [413] });
    const large = byTag('bodyTooLarge')?.body;
    expect(large?.kind === 'raw' && large.text.length).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(byTag('contentType')).toMatchObject({
      expect: 'rejected',
      tolerated: [415],
      body: { kind: 'raw', contentType: 'text/plain' },
    });
    expect(byTag('bodyless')).toMatchObject({ expect: 'accepted', tolerated: [400], body: { kind: 'none' } });
    expect(
      plan.request.filter((requestCase) => requestCase.tags.includes('bodyless-equivalent')),
    ).toHaveLength(2);
    expect(
      plan.request.find((requestCase) => requestCase.body.kind === 'raw' && requestCase.body.text === ''),
    ).toBeDefined();
  });

  it('rejects a bodyless request when the document requires the body', () => {
    const required: CompiledOperation = {
      ...operation,
      requestBody: { required: true, media: operation.requestBody?.media ?? [] },
    };
    const strict = buildCasePlan(required, { fixedPathParams: FIXED });
    const tags = strict.request.map((requestCase) => [requestCase.tags[0], requestCase.expect]);
    expect(tags).toEqual(
      expect.arrayContaining([
        ['missingBody', 'rejected'],
        ['emptyBody', 'rejected'],
        ['contentType', 'rejected'],
      ]),
    );
  });

  it('reads declared media types like the checks: text/json is JSON, text/* takes text/plain', () => {
    const [json] = operation.requestBody?.media ?? [];
    if (json === undefined) throw new Error('the fixture declares a JSON body');
    const withMedia = (...media: CompiledMedia[]) =>
      buildCasePlan({ ...operation, requestBody: { required: true, media } }, { fixedPathParams: FIXED });
    const textJson = withMedia({ ...json, mediaType: 'Text/JSON; charset=utf-8' });
    const sent = textJson.coverage.find((requestCase) => requestCase.body.kind === 'json');
    expect(sent?.headers['content-type']).toBe('Text/JSON; charset=utf-8');
    const titlesOf = (plan: CasePlan) => plan.request.map((requestCase) => requestCase.title);
    expect(titlesOf(textJson)).toContain('JSON sent as text/plain');
    expect(titlesOf(withMedia(json, { mediaType: 'TEXT/*' }))).not.toContain('JSON sent as text/plain');
  });

  it('plans every credential fault for bearer security, with no secret in any case', () => {
    expect(plan.auth.map((requestCase) => [requestCase.auth, requestCase.expect])).toEqual([
      ['none', 'unauthenticated'],
      ['empty-bearer', 'unauthenticated'],
      ['garbled', 'unauthenticated'],
      ['unknown', 'unauthenticated'],
      ['forbidden', 'forbidden'],
      ['scheme-lowercase', 'accepted'],
      ['scheme-uppercase', 'accepted'],
    ]);
    expect(plan.auth.find((requestCase) => requestCase.auth === 'forbidden')?.tags).toContain(
      'needs-forbidden-token',
    );
    for (const requestCase of [...plan.auth, ...plan.coverage, ...plan.request, ...plan.resource]) {
      expect(Object.keys(requestCase.headers).map((name) => name.toLowerCase())).not.toContain(
        'authorization',
      );
      expect(Object.keys(requestCase.cookies)).toEqual([]);
    }
  });

  it('sends the valid request to an unknown service account', () => {
    expect(plan.resource).toHaveLength(1);
    const [unknown] = plan.resource;
    expect(unknown?.expect).toBe('not-found');
    expect(unknown?.pathParams.serviceAccountId).not.toBe(FIXED.serviceAccountId);
    expect(body.validate(unknown ? jsonOf(unknown) : undefined)).toEqual([]);
    const chosen = buildCasePlan(operation, {
      fixedPathParams: FIXED,
      unknownResourceIds: { serviceAccountId: 'sa_gone' },
    });
    expect(chosen.resource[0]?.pathParams).toEqual({ serviceAccountId: 'sa_gone' });
  });

  it('reports every mutation: each body one kept, the path parameter ones dropped with why', () => {
    const body = plan.mutations.filter((mutation) => mutation.reason.location === 'body');
    expect(body.length).toBeGreaterThan(8);
    expect(body.every((mutation) => mutation.kept)).toBe(true);
    // serviceAccountId is any non-empty string: no value that can be sent breaks it.
    const path = plan.mutations.filter((mutation) => mutation.reason.location === 'path');
    expect(path.length).toBeGreaterThan(0);
    expect(path.every((mutation) => !mutation.kept && mutation.why !== undefined)).toBe(true);
    expect(Object.keys(plan.dropped).every((reason) => /path/.test(reason))).toBe(true);
    expect(plan.notes).toEqual([]);
    expect(plan.unsupported).toEqual([]);
  });
});
