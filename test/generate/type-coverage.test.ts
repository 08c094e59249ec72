import { describe, expect, it } from 'vitest';
import { planCommand } from '../../src/cli/plan-command.ts';
import { unwrap } from '../../src/core/result.ts';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { compileSpec } from '../../src/schema/compile-spec.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { coverageValues } from '../../src/generate/coverage-values.ts';
import type { CoverageValue } from '../../src/generate/types.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import type { JsonSchema } from '../../src/schema/types.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';
import { PINNED_BODY } from './keyword-schemas.ts';

const PINNED = new URL('../../fixtures/create-service-account-api-key.openapi.yaml', import.meta.url)
  .pathname;

const CYCLES_30 = new URL('../../fixtures/generation/cycles-3.0.yaml', import.meta.url).pathname;

/** The type confusions coverage sends at one instance path, every one checked with the oracle. */
function confusions(schema: JsonSchema, instancePath: string): unknown[] {
  const compiled = compiledSchemaFor(schema);
  const values = coverageValues(compiled).filter(
    (value: CoverageValue) => value.reason?.keyword === 'type' && value.reason.instancePath === instancePath,
  );
  for (const value of values) {
    expect(value.reason && failsOnlyFor(compiled.validate(value.value), value.reason), value.note).toBe(true);
  }
  return values.map((value) => {
    const at = instancePath.slice(1);
    const record = value.value as Record<string, unknown>;
    return at === '' ? value.value : record[at];
  });
}

describe('type coverage', () => {
  it('sends every wrong JSON type at the root, the valid body wrapped in an array included', () => {
    expect(confusions(PINNED_BODY, '')).toEqual([null, true, 1, 1.5, 'text', [], [{ name: 'abcdefgh' }]]);
  });

  it('sends every wrong JSON type for each property, the number as a string for numbers', () => {
    expect(confusions(PINNED_BODY, '/name')).toEqual([null, true, 1, 1.5, [], ['abcdefgh'], {}]);
    expect(confusions(PINNED_BODY, '/expiresAt')).toEqual([null, true, 1.5, '1', 'text', [], [1], {}]);
  });

  it('sends no null where null is allowed (3.1 type arrays, 3.0 nullable as translated)', () => {
    const nullable = {
      type: 'object',
      properties: { note: { type: ['string', 'null'] }, count: { type: ['integer', 'null'] } },
    };
    expect(confusions(nullable, '/note')).not.toContain(null);
    expect(confusions(nullable, '/count')).toEqual([true, 1.5, '1', 'text', [], [1], {}]);
  });

  it('sends none for a node with an enum (the value would break the enum too)', () => {
    expect(confusions({ type: 'string', enum: ['a', 'b'] }, '')).toEqual([]);
  });

  it('covers a shared schema once below the direct properties, each direct property always', () => {
    const schema = {
      $defs: { Point: { type: 'object', properties: { x: { type: 'integer' } } } },
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/Point' },
        b: { $ref: '#/$defs/Point' },
        c: { type: 'object', properties: { d: { $ref: '#/$defs/Point' } } },
      },
    };
    const compiled = compiledSchemaFor(schema);
    const typed = coverageValues(compiled)
      .filter((value) => value.reason?.keyword === 'type')
      .map((value) => value.reason?.instancePath);
    expect(new Set(typed)).toEqual(new Set(['', '/a', '/a/x', '/b', '/c']));
  });

  it('shows in `contract plan --json` type confusions for the root, name and expiresAt', async () => {
    const lines: string[] = [];
    await planCommand(true, { CONTRACT_SPEC: PINNED, CONTRACT_SEED: '1', CONTRACT_RUNS: '1' }, (line) =>
      lines.push(line),
    );
    const typed = lines
      .map((line) => JSON.parse(line) as { phase: string; reason?: { keyword: string; schemaPath: string } })
      .filter((entry) => entry.phase === 'coverage' && entry.reason?.keyword === 'type');
    const paths = typed.map((entry) => entry.reason?.schemaPath);
    expect(paths.filter((path) => path === '#/type').length).toBeGreaterThanOrEqual(6);
    expect(paths.filter((path) => path === '#/properties/name/type').length).toBeGreaterThanOrEqual(6);
    expect(paths.filter((path) => path === '#/properties/expiresAt/type').length).toBeGreaterThanOrEqual(6);
  });

  it('sends no null to a 3.0 `nullable: true` property of a compiled document, null to the others', async () => {
    const spec = unwrap(compileSpec(unwrap(await loadSpec(CYCLES_30))));
    const operation = spec.operation('postComment');
    if (operation === undefined) throw new Error('postComment not found');
    const plan = buildCasePlan(operation, { fixedPathParams: {} });
    const typed = (path: string): unknown[] =>
      plan.coverage
        .filter((c) => c.reason?.keyword === 'type' && c.reason.instancePath === path)
        .map((c) => (c.body.kind === 'json' ? (c.body.value as Record<string, unknown>)[path.slice(1)] : c));
    expect(typed('/author')).not.toContain(null);
    expect(typed('/author').length).toBeGreaterThan(3);
    expect(typed('/text')).toContain(null);
  });
});
