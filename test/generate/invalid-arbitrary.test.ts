import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../src/core/unicode.ts';
import { invalidArbitrary } from '../../src/generate/invalid-arbitrary.ts';
import type { InvalidValue } from '../../src/generate/types.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';
import { KEYWORD_SCHEMAS, PINNED_BODY } from './keyword-schemas.ts';

function samplesOf(
  schema: Parameters<typeof compiledSchemaFor>[0],
  numRuns: number,
  seed = 11,
): InvalidValue[] {
  const { arbitrary } = invalidArbitrary(compiledSchemaFor(schema));
  if (arbitrary === undefined) throw new Error('no mutation kept');
  return fc.sample(arbitrary, { numRuns, seed });
}

describe('invalidArbitrary', () => {
  it.each(Object.keys(KEYWORD_SCHEMAS))(
    'yields values that fail for exactly their labelled reason: %s',
    (name) => {
      const compiled = compiledSchemaFor(KEYWORD_SCHEMAS[name] ?? false);
      const { arbitrary } = invalidArbitrary(compiled);
      if (arbitrary === undefined) throw new Error(`no mutation kept for ${name}`);
      fc.assert(
        fc.property(arbitrary, ({ value, reason }) => {
          expect(JSON.parse(JSON.stringify(value))).toEqual(value);
          expect(failsOnlyFor(compiled.validate(value), reason)).toBe(true);
        }),
        { numRuns: 1000, seed: 3 },
      );
    },
  );

  it('covers the pinned body: name lengths 0 and 129, missing, wrong types; expiresAt bounds and types; extras; root types', () => {
    const samples = samplesOf(PINNED_BODY, 3000);
    const bodies = samples.map((sample) => sample.value);
    const objects = bodies.filter(
      (body): body is Record<string, unknown> =>
        body !== null && typeof body === 'object' && !Array.isArray(body),
    );
    const some = (test: (body: Record<string, unknown>) => boolean): boolean => objects.some(test);
    expect(some((body) => body.name === '')).toBe(true);
    expect(
      some(
        (body) =>
          typeof body.name === 'string' && codePointLength(body.name) === 129 && body.name.length === 129,
      ),
    ).toBe(true);
    expect(
      some(
        (body) =>
          typeof body.name === 'string' && codePointLength(body.name) === 129 && body.name.length === 258,
      ),
    ).toBe(true);
    expect(some((body) => !('name' in body))).toBe(true);
    for (const wrong of [null, true, 5, [], {}]) {
      expect(
        some(
          (body) => JSON.stringify(body.name) === JSON.stringify(wrong) || typeof body.name === typeof wrong,
        ),
      ).toBe(true);
    }
    expect(some((body) => body.name === null)).toBe(true);
    expect(some((body) => body.expiresAt === 0)).toBe(true);
    expect(some((body) => typeof body.expiresAt === 'number' && body.expiresAt < 0)).toBe(true);
    expect(some((body) => body.expiresAt === 1.5)).toBe(true);
    expect(some((body) => typeof body.expiresAt === 'string' && /^\d+$/.test(body.expiresAt))).toBe(true);
    expect(some((body) => body.expiresAt === null)).toBe(true);
    expect(some((body) => Object.keys(body).some((key) => key !== 'name' && key !== 'expiresAt'))).toBe(true);
    expect(bodies.some(Array.isArray)).toBe(true);
    expect(bodies.some((body) => typeof body === 'string')).toBe(true);
    expect(bodies.some((body) => typeof body === 'number')).toBe(true);
    expect(bodies.some((body) => body === null)).toBe(true);
  });

  it('labels with canonical schema paths ($refs inlined), instance paths and words', () => {
    const samples = samplesOf(PINNED_BODY, 2000);
    const tooLong = samples.find((sample) => sample.reason.keyword === 'maxLength');
    expect(tooLong?.reason).toMatchObject({
      location: 'body',
      schemaPath: '#/properties/name/maxLength',
      instancePath: '/name',
    });
    expect(tooLong?.reason.description).toMatch(/^name has 129 code points \(maxLength 128; /);
    const missing = samples.find((sample) => sample.reason.keyword === 'required');
    expect(missing?.reason).toMatchObject({
      schemaPath: '#/required',
      instancePath: '',
      property: 'name',
      description: 'name is missing (required)',
    });
    const extra = samples.find((sample) => sample.reason.keyword === 'additionalProperties');
    expect(extra?.reason.property).toBeDefined();
    const atBound = samples.find(
      (sample) =>
        sample.reason.keyword === 'exclusiveMinimum' &&
        (sample.value as { expiresAt: number }).expiresAt === 0,
    );
    expect(atBound?.reason.description).toBe('expiresAt is 0 (exclusiveMinimum 0)');
  });

  it('names the allOf branch a keyword came from', () => {
    const { mutations } = invalidArbitrary(compiledSchemaFor(KEYWORD_SCHEMAS.composition ?? false));
    const paths = mutations.filter((m) => m.kept).map((m) => m.reason.schemaPath);
    expect(paths).toContain('#/allOf/1/properties/count/maximum');
    expect(paths).toContain('#/allOf/0/properties/id/minLength');
    expect(mutations.find((m) => m.reason.property === 'count')?.reason.schemaPath).toBe(
      '#/allOf/1/required',
    );
  });

  it('reports mutations that cannot fail alone as not kept, with the reason', () => {
    const { mutations } = invalidArbitrary(
      compiledSchemaFor({
        type: 'object',
        properties: { n: { type: 'integer', enum: [1, 2] }, s: { type: 'string', pattern: '.*' } },
      }),
    );
    // Every value of another type than integer is outside the enum too.
    const typeN = mutations.find((m) => m.reason.instancePath === '/n' && m.reason.keyword === 'type');
    expect(typeN).toMatchObject({ kept: false });
    expect(typeN?.why).toMatch(/enum/);
    const pattern = mutations.find((m) => m.reason.keyword === 'pattern');
    expect(pattern).toMatchObject({ kept: false, why: 'all 40 trial values were valid' });
    expect(mutations.find((m) => m.reason.keyword === 'enum')?.kept).toBe(true);
  });

  it('breaks anyOf/oneOf inside each branch, with types no branch allows, and oneOf by two branches at once', () => {
    const { mutations } = invalidArbitrary(compiledSchemaFor(KEYWORD_SCHEMAS.choices ?? false));
    const kept = (path: string) => mutations.find((m) => m.reason.schemaPath === path)?.kept;
    expect(kept('#/properties/either/anyOf/0/maxLength')).toBe(true);
    expect(kept('#/properties/either/anyOf/1/minimum')).toBe(true);
    expect(
      mutations.filter((m) => m.reason.keyword === 'anyOf' && m.kept).map((m) => m.reason.description),
    ).toEqual(
      expect.arrayContaining([
        'either is null (no anyOf branch allows it)',
        'either is a boolean (no anyOf branch allows it)',
      ]),
    );
    const exactly = mutations.find((m) => m.reason.keyword === 'oneOf' && m.kept);
    expect(exactly?.reason.description).toBe('exactly is null (no oneOf branch allows it)');
    // A string and a boolean at once: no value, reported as not kept rather than dropped silently.
    const both = mutations.find((m) => m.reason.description.includes('branches 0 and 1 at once'));
    expect(both?.kept).toBe(false);
  });
});
