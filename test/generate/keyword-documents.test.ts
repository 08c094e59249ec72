import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { coverageValues } from '../../src/generate/coverage-values.ts';
import { invalidArbitrary } from '../../src/generate/invalid-arbitrary.ts';
import { validArbitrary } from '../../src/generate/valid-arbitrary.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import type { CompiledSchema, CompiledSpec } from '../../src/schema/types.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';

/**
 * Every keyword of the generators, in real documents of both dialects (translated as a run translates
 * them), with ajv as the oracle: valid values validate, invalid ones fail for their one stated reason,
 * boundary values hold their expectation, and each keyword has a mutation that breaks it alone.
 */
const DOCUMENTS = {
  '3.1': '../../fixtures/generation/keywords-3.1.yaml',
  '3.0': '../../fixtures/generation/keywords-3.0.yaml',
} as const;

/** Keywords each operation's body must have a kept mutation for (a negative that breaks it alone). */
const BROKEN_ALONE: Record<'3.0' | '3.1', Record<string, string[]>> = {
  '3.1': {
    strings: ['type', 'required', 'additionalProperties', 'minLength', 'maxLength', 'pattern', 'format'],
    numbers: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format', 'type'],
    arrays: ['minItems', 'maxItems', 'uniqueItems', 'contains', 'enum', 'maxLength'],
    objects: ['required', 'minProperties', 'maxProperties', 'dependentRequired', 'propertyNames', 'minimum'],
    composition: [
      'anyOf',
      'oneOf',
      'enum',
      'const',
      'not',
      'pattern',
      'unevaluatedProperties',
      'maxLength',
      'minimum',
    ],
    pets: ['oneOf', 'required', 'minimum', 'maximum', 'maxLength'],
    tree: ['maxItems', 'additionalProperties', 'type'],
    accounts: ['required', 'minLength', 'maxLength', 'additionalProperties'],
  },
  '3.0': {
    numbers: ['exclusiveMinimum', 'exclusiveMaximum', 'minimum', 'maximum', 'multipleOf', 'format'],
    nullables: ['minLength', 'maxLength', 'enum', 'pattern', 'anyOf'],
    composition: ['anyOf', 'format', 'minimum', 'not', 'maxLength', 'required'],
    pets: ['oneOf', 'required', 'minimum', 'maximum', 'maxLength'],
    accounts: ['required', 'minLength', 'maxLength', 'additionalProperties'],
  },
};

describe.each(Object.entries(DOCUMENTS) as ['3.0' | '3.1', string][])(
  'generators on %s keywords',
  (dialect, file) => {
    let spec: CompiledSpec;
    beforeAll(async () => {
      spec = unwrap(compileSpec(unwrap(await loadSpec(new URL(file, import.meta.url).pathname))));
    });
    const body = (operationId: string): CompiledSchema => {
      const schema = spec.operation(operationId)?.requestBody?.media[0]?.schema;
      if (schema === undefined) throw new Error(`${operationId} has no body schema`);
      return schema;
    };
    const operations = Object.keys(BROKEN_ALONE[dialect]);

    it.each(operations)('%s: valid values validate', (operationId) => {
      const schema = body(operationId);
      for (const value of fc.sample(validArbitrary(schema), { numRuns: 300, seed: 1 }))
        expect(schema.validate(value)).toEqual([]);
    });

    it.each(operations)(
      '%s: each invalid value fails for its stated reason alone; each keyword is broken',
      (operationId) => {
        const schema = body(operationId);
        const { arbitrary, mutations } = invalidArbitrary(schema);
        if (arbitrary === undefined) throw new Error('no mutation kept');
        for (const { value, reason } of fc.sample(arbitrary, { numRuns: 300, seed: 2 }))
          expect(failsOnlyFor(schema.validate(value), reason), reason.description).toBe(true);
        const kept = new Set(
          mutations.filter((mutation) => mutation.kept).map((mutation) => mutation.reason.keyword),
        );
        for (const keyword of BROKEN_ALONE[dialect][operationId] ?? [])
          expect(kept, keyword).toContain(keyword);
        for (const mutation of mutations.filter((entry) => !entry.kept)) expect(mutation.why).toBeTruthy();
      },
    );

    it.each(operations)('%s: boundary values hold their expectation', (operationId) => {
      const schema = body(operationId);
      const values = coverageValues(schema);
      expect(values.length).toBeGreaterThan(10);
      for (const value of values) {
        const errors = schema.validate(value.value);
        if (value.expect === 'valid') expect(errors, value.note).toEqual([]);
        else expect(value.reason && failsOnlyFor(errors, value.reason), value.note).toBe(true);
      }
    });

    it('discriminator: each value carries the value of the branch it was built from', () => {
      const names = dialect === '3.1' ? { cat: 'cat', dog: 'dog' } : { cat: 'Cat', dog: 'Dog' };
      const pets = fc.sample(validArbitrary(body('pets')), { numRuns: 200, seed: 3 }) as Record<
        string,
        unknown
      >[];
      for (const pet of pets) {
        if ('lives' in pet) expect(pet.petType).toBe(names.cat);
        else expect(pet.petType).toBe(names.dog);
      }
      expect(new Set(pets.map((pet) => pet.petType))).toEqual(new Set([names.cat, names.dog]));
    });

    it('readOnly properties are left out of requests, writeOnly ones sent', () => {
      const accounts = fc.sample(validArbitrary(body('accounts')), { numRuns: 100, seed: 4 }) as Record<
        string,
        unknown
      >[];
      expect(accounts.every((account) => !('id' in account) && typeof account.password === 'string')).toBe(
        true,
      );
    });
  },
);

describe('generators: dialect-specific keywords', () => {
  it('3.0 boolean exclusive bounds: the bound itself invalid, the next value valid', async () => {
    const source = new URL(DOCUMENTS['3.0'], import.meta.url).pathname;
    const spec = unwrap(compileSpec(unwrap(await loadSpec(source))));
    const schema = spec.operation('numbers')?.requestBody?.media[0]?.schema;
    if (schema === undefined) throw new Error('no schema');
    const notes = coverageValues(schema).map((value) => `${value.expect} ${value.note}`);
    // (1, just inside, is the smallest valid body itself: each value is sent once.)
    expect(notes).toContain('invalid positive: 0, at exclusiveMinimum 0');
    expect(notes).toContain('invalid positive: -1, just outside exclusiveMinimum 0');
    expect(notes).toContain('invalid atMost: 10, at exclusiveMaximum 10');
    expect(notes).toContain('valid atMost: 9.999999999999998, just inside exclusiveMaximum 10');
    expect(notes).toContain('valid inclusive: 0, at minimum 0');
    expect(notes).toContain('invalid inclusive: -1, just outside minimum 0');
  });

  it('3.0 nullable: null is a valid value, a boundary and never a mutation', async () => {
    const source = new URL(DOCUMENTS['3.0'], import.meta.url).pathname;
    const spec = unwrap(compileSpec(unwrap(await loadSpec(source))));
    const schema = spec.operation('nullables')?.requestBody?.media[0]?.schema;
    if (schema === undefined) throw new Error('no schema');
    const values = fc.sample(validArbitrary(schema), { numRuns: 300, seed: 5 }) as Record<string, unknown>[];
    for (const key of ['name', 'level', 'ref'])
      expect(
        values.some((value) => value[key] === null),
        key,
      ).toBe(true);
    const { arbitrary } = invalidArbitrary(schema);
    if (arbitrary === undefined) throw new Error('no mutation kept');
    const wrongTypes = fc
      .sample(arbitrary, { numRuns: 2000, seed: 6 })
      .filter(({ reason }) => reason.keyword === 'type' && reason.instancePath !== '');
    const at = (path: string) => wrongTypes.filter(({ reason }) => reason.instancePath === path);
    for (const path of ['/name', '/level', '/ref'])
      expect(
        at(path).some(({ value }) => (value as Record<string, unknown>)[path.slice(1)] === null),
        path,
      ).toBe(false);
    expect(at('/ref/tag').some(({ reason }) => reason.description.startsWith('ref.tag is null'))).toBe(true);
  });
});
