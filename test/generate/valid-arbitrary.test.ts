import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../src/core/unicode.ts';
import { rootContext } from '../../src/generate/_internals/gen-context.ts';
import { jsonRoundTrip } from '../../src/generate/_internals/json-value.ts';
import { validNode } from '../../src/generate/_internals/valid-node.ts';
import { validArbitrary } from '../../src/generate/valid-arbitrary.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';
import { CONSTRUCTIVE, KEYWORD_SCHEMAS, PINNED_BODY } from './keyword-schemas.ts';

const RUNS = 1000;

describe('validArbitrary', () => {
  it.each(Object.keys(KEYWORD_SCHEMAS))(
    'yields only values ajv accepts after a JSON round trip: %s',
    (name) => {
      const compiled = compiledSchemaFor(KEYWORD_SCHEMAS[name] ?? false);
      fc.assert(
        fc.property(validArbitrary(compiled), (value) => {
          expect(compiled.validate(jsonRoundTrip(value))).toEqual([]);
        }),
        { numRuns: RUNS, seed: 42 },
      );
    },
  );

  it.each(CONSTRUCTIVE)('builds valid values without relying on the final filter: %s', (name) => {
    const compiled = compiledSchemaFor(KEYWORD_SCHEMAS[name] ?? false);
    const raw = fc.sample(validNode(compiled.schema, rootContext(compiled)), { numRuns: RUNS, seed: 7 });
    const invalid = raw.filter((value) => compiled.validate(value).length > 0);
    expect(invalid.slice(0, 3)).toEqual([]);
  });

  it('reaches every name length from 1 to 128 code points, the maximum in emoji too', () => {
    const samples = fc.sample(validArbitrary(compiledSchemaFor(PINNED_BODY)), { numRuns: 3000, seed: 1 }) as {
      name: string;
    }[];
    const lengths = new Set(samples.map((body) => codePointLength(body.name)));
    for (let length = 1; length <= 128; length++) expect(lengths.has(length), `length ${length}`).toBe(true);
    const astralOnly = samples.filter(
      (body) => codePointLength(body.name) === 128 && body.name.length === 256,
    );
    expect(astralOnly.length).toBeGreaterThan(0);
  });

  it('mixes character classes: emoji, CJK, combining marks, whitespace-only, JSON-escaping and URL-special', () => {
    const names = (
      fc.sample(validArbitrary(compiledSchemaFor(PINNED_BODY)), { numRuns: 2000, seed: 3 }) as {
        name: string;
      }[]
    ).map((body) => body.name);
    const some = (regex: RegExp): boolean => names.some((name) => regex.test(name));
    expect(some(/\p{Extended_Pictographic}/u)).toBe(true);
    expect(some(/[\u4e00-\u9fff]/u)).toBe(true);
    expect(some(/\p{M}/u)).toBe(true);
    expect(names.some((name) => /^\s+$/u.test(name))).toBe(true);
    expect(
      names.some((name) =>
        Array.from(name).some((char) => char === '"' || char === '\\' || char.charCodeAt(0) < 0x20),
      ),
    ).toBe(true);
    expect(some(/[/%?#&+]/u)).toBe(true);
  });

  it('draws expiresAt past 2^53 sometimes, small values too, and leaves it out sometimes', () => {
    const samples = fc.sample(validArbitrary(compiledSchemaFor(PINNED_BODY)), { numRuns: 2000, seed: 5 }) as {
      expiresAt?: number;
    }[];
    const values = samples
      .map((body) => body.expiresAt)
      .filter((value): value is number => value !== undefined);
    expect(values.some((value) => value > 2 ** 53)).toBe(true);
    expect(values.some((value) => value < 1000)).toBe(true);
    expect(values.length).toBeLessThan(samples.length);
    expect(values.every((value) => Number.isInteger(value) && value > 0)).toBe(true);
  });

  it('leaves readOnly properties out of requests and writeOnly ones out of responses', () => {
    const schema = KEYWORD_SCHEMAS.visibility ?? false;
    const requests = fc.sample(validArbitrary(compiledSchemaFor(schema, 'request')), {
      numRuns: 500,
      seed: 2,
    }) as object[];
    const responses = fc.sample(validArbitrary(compiledSchemaFor(schema, 'response')), {
      numRuns: 500,
      seed: 2,
    }) as object[];
    expect(requests.some((body) => 'id' in body)).toBe(false);
    expect(requests.some((body) => 'secret' in body)).toBe(true);
    expect(responses.some((body) => 'secret' in body)).toBe(false);
    expect(responses.some((body) => 'id' in body)).toBe(true);
  });

  it('nests a recursive $ref a few levels deep and stops', () => {
    const depth = (node: unknown): number => {
      const children = (node as { children?: unknown[] }).children ?? [];
      return 1 + Math.max(0, ...children.map(depth));
    };
    const samples = fc.sample(
      validArbitrary(compiledSchemaFor(KEYWORD_SCHEMAS.recursive ?? false), { maxDepth: 3 }),
      { numRuns: 300, seed: 9 },
    );
    const depths = samples.map(depth);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...depths)).toBeLessThanOrEqual(5);
  });

  it('gives up with an error naming the schema instead of looping on an unsatisfiable one', () => {
    const compiled = compiledSchemaFor({ type: 'string', minLength: 3, maxLength: 2 });
    expect(() => fc.sample(validArbitrary(compiled), { numRuns: 1 })).toThrow(/validArbitrary\(\/test\)/);
  });
});
