import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rootContext } from '../../src/generate/_internals/gen-context.ts';
import { validNode } from '../../src/generate/_internals/valid-node.ts';
import { coverageValues } from '../../src/generate/coverage-values.ts';
import { invalidArbitrary } from '../../src/generate/invalid-arbitrary.ts';
import { validArbitrary } from '../../src/generate/valid-arbitrary.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';

/** The exploratory tester's shipments (if/then/else under allOf and unevaluatedProperties), abridged. */
const SHIPMENT = {
  $defs: {
    Base: {
      type: 'object',
      required: ['mode'],
      properties: {
        mode: { enum: ['air', 'sea', 'road'] },
        weightKg: { type: 'number', exclusiveMinimum: 0, maximum: 1000 },
      },
    },
  },
  allOf: [
    { $ref: '#/$defs/Base' },
    { properties: { tracking: { enum: ['EXPRESS', 'STANDARD', null] }, hazmat: { const: true } } },
  ],
  if: { properties: { mode: { const: 'air' } }, required: ['mode'] },
  then: { required: ['weightKg'], properties: { weightKg: { maximum: 100 } } },
  else: { properties: { hazmat: false } },
  unevaluatedProperties: false,
};

type Shipment = { mode?: unknown; weightKg?: unknown };

/** The shipment fields of a value (a type mutation may make it no object). */
const fields = (value: unknown): Shipment => (typeof value === 'object' && value !== null ? value : {});

describe('if/then/else: both sides are generated, each proven by ajv', () => {
  const compiled = compiledSchemaFor(SHIPMENT);

  it('valid values take every mode: the then side (air) and the else side (sea, road)', () => {
    const values = fc.sample(validArbitrary(compiled), { numRuns: 300, seed: 1 }) as Shipment[];
    for (const value of values) expect(compiled.validate(value)).toEqual([]);
    expect(new Set(values.map((value) => value.mode))).toEqual(new Set(['air', 'sea', 'road']));
    expect(values.filter((value) => value.mode !== 'air').length).toBeGreaterThan(values.length / 4);
  });

  it('leaves out an optional property whose schema is false on the side that forbids it', () => {
    const raw = fc.sample(validNode(compiled.schema, rootContext(compiled)), { numRuns: 300, seed: 3 });
    const elseSide = raw.filter((value) => fields(value).mode !== 'air');
    expect(elseSide.length).toBeGreaterThan(0);
    expect(elseSide.filter((value) => compiled.validate(value).length > 0)).toEqual([]);
  });

  it("invalid values break each side's rule alone, on both sides", () => {
    const { arbitrary, mutations } = invalidArbitrary(compiled);
    if (arbitrary === undefined) throw new Error('no mutation kept');
    const kept = mutations.filter(({ kept }) => kept).map(({ reason }) => reason.schemaPath);
    expect(kept).toContain('#/then/required');
    const samples = fc.sample(arbitrary, { numRuns: 400, seed: 2 });
    for (const { value, reason } of samples)
      expect(failsOnlyFor(compiled.validate(value), reason), reason.description).toBe(true);
    const modes = new Set(samples.map(({ value }) => fields(value).mode));
    for (const mode of ['air', 'sea', 'road']) expect(modes).toContain(mode);
    // then's own maximum (100), not Base's (1000): an air shipment between the two.
    const heavyAir = samples.filter(({ value, reason }) => {
      const { mode, weightKg } = fields(value);
      return (
        reason.keyword === 'maximum' && mode === 'air' && typeof weightKg === 'number' && weightKg <= 1000
      );
    });
    expect(heavyAir.length).toBeGreaterThan(0);
    // else's rule (hazmat: false) broken alone: a sea or road shipment that carries hazmat.
    const hazmat = samples.filter(({ reason }) => reason.keyword === 'false schema');
    expect(hazmat.length).toBeGreaterThan(0);
    for (const { value, reason } of hazmat) {
      expect(reason.instancePath).toBe('/hazmat');
      expect(['sea', 'road']).toContain(fields(value).mode);
    }
  });

  it('coverage values hold their expectation', () => {
    for (const { value, expect: expected, reason, note } of coverageValues(compiled)) {
      const errors = compiled.validate(value);
      if (expected === 'valid') expect(errors, note).toEqual([]);
      else expect(reason && failsOnlyFor(errors, reason), note).toBe(true);
    }
  });
});
