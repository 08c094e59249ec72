import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { coverageValues } from '../../src/generate/coverage-values.ts';
import { invalidArbitrary } from '../../src/generate/invalid-arbitrary.ts';
import type { Reason } from '../../src/generate/types.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import type { CompiledOperation, CompiledSchema } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';

const CONTACT = {
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email' },
    age: { type: 'integer', format: 'int32' },
    reach: {
      anyOf: [
        { type: 'string', format: 'email' },
        { type: 'integer', minimum: 0 },
      ],
    },
    name: { type: 'string', maxLength: 3 },
    others: { type: 'array', items: { type: 'string', minLength: 1 }, contains: { format: 'email' } },
  },
  required: ['email', 'age', 'reach', 'name', 'others'],
};

/** 2020-12 §7.2.1: format is an annotation by default, so a server may accept values only a format refuses. */
const DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'contacts', version: '1' },
  paths: {
    '/contacts': {
      post: {
        operationId: 'createContact',
        parameters: [
          { name: 'owner', in: 'query', required: true, schema: { type: 'string', format: 'email' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: CONTACT } } },
        responses: { '201': { description: 'created' }, '400': { description: 'invalid' } },
      },
    },
  },
};

let operation: CompiledOperation;
let body: CompiledSchema;
beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'format-only-')), 'contacts.openapi.json');
  writeFileSync(path, JSON.stringify(DOCUMENT));
  const spec = unwrap(compileSpec(unwrap(await loadSpec(path))));
  const found = spec.operation('createContact');
  if (found?.requestBody?.media[0]?.schema === undefined) throw new Error('createContact not compiled');
  operation = found;
  body = found.requestBody.media[0].schema;
});

/** formatOnly is set exactly when the value validates with formats as annotations. */
function expectExact(schema: CompiledSchema, value: unknown, reason: Reason): void {
  const aside = schema.validateFormatsAside?.(value) ?? [];
  expect(schema.validate(value).length).toBeGreaterThan(0);
  expect(reason.formatOnly === true, `${reason.description}: ${JSON.stringify(aside)}`).toBe(
    aside.length === 0,
  );
}

describe('formatOnly: a negative case only a format makes invalid', () => {
  it('validates with formats as annotations when the schema is compiled from a document', () => {
    const contact = { email: 'someone@', age: 2 ** 31, reach: 'x', name: 'a', others: ['y'] };
    expect(body.validate(contact).map((error) => error.keyword)).toContain('format');
    expect(body.validateFormatsAside?.(contact)).toEqual([]);
    expect(body.validateFormatsAside?.({ ...contact, name: 'abcd' })).not.toEqual([]);
  });

  it('marks negative values exactly: format reasons, and a composite that fails by a format', () => {
    const { arbitrary } = invalidArbitrary(body);
    if (arbitrary === undefined) throw new Error('no mutation kept');
    const samples = fc.sample(arbitrary, { numRuns: 400, seed: 6 });
    for (const { value, reason } of samples) expectExact(body, value, reason);
    const marked = samples.filter(({ reason }) => reason.formatOnly === true);
    expect(new Set(marked.map(({ reason }) => reason.instancePath))).toEqual(
      new Set(['/email', '/age', '/reach', '/others']),
    );
    expect(marked.some(({ reason }) => reason.keyword === 'contains')).toBe(true);
    const formats = samples.filter(({ reason }) => reason.keyword === 'format');
    expect(formats.length).toBeGreaterThan(0);
    expect(formats.every(({ reason }) => reason.formatOnly === true)).toBe(true);
    expect(
      samples.some(({ reason }) => reason.keyword === 'maxLength' && reason.formatOnly === undefined),
    ).toBe(true);
  });

  it('marks coverage values exactly', () => {
    const invalid = coverageValues(body).filter((value) => value.expect === 'invalid');
    for (const { value, reason } of invalid) if (reason) expectExact(body, value, reason);
    expect(invalid.some(({ reason }) => reason?.formatOnly === true)).toBe(true);
  });

  it('carries the mark into the plan: body and parameter cases, coverage and negative phases', () => {
    const plan = buildCasePlan(operation, { fixedPathParams: {}, seed: 1 });
    if (plan.negative === undefined) throw new Error('no negative cases');
    const cases = [...plan.coverage, ...fc.sample(plan.negative, { numRuns: 300, seed: 2 })];
    const marked = cases.filter((requestCase) => requestCase.reason?.formatOnly === true);
    expect(new Set(marked.map((requestCase) => requestCase.reason?.location))).toEqual(
      new Set(['body', 'query']),
    );
    expect(new Set(marked.map((requestCase) => requestCase.phase))).toEqual(
      new Set(['coverage', 'negative']),
    );
    expect(marked.every((requestCase) => requestCase.expect === 'rejected')).toBe(true);
  });

  it('without a formats-aside validator, marks values whose every error is a format error', () => {
    const schema = compiledSchemaFor(CONTACT);
    const { arbitrary } = invalidArbitrary(schema);
    if (arbitrary === undefined) throw new Error('no mutation kept');
    for (const { value, reason } of fc.sample(arbitrary, { numRuns: 200, seed: 7 })) {
      const errors = schema.validate(value);
      expect(reason.formatOnly === true).toBe(errors.every((error) => error.keyword === 'format'));
    }
  });
});
