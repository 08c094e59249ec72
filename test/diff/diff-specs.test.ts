import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/diff-specs.ts';
import { formatSpecDiff } from '../../src/diff/format-spec-diff.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import type { LoadedSpec } from '../../src/spec/types.ts';

const ROOT = fileURLToPath(new URL('../../fixtures/diff/', import.meta.url));

const loaded = new Map<string, Promise<LoadedSpec>>();

/** Loading validates the document (slow): each file is loaded once for the whole file. */
function load(path: string): Promise<LoadedSpec> {
  const known = loaded.get(path);
  if (known !== undefined) return known;
  const loading = loadSpec(`${ROOT}${path}`).then((result) => {
    if (!result.ok) throw result.error;
    return result.value;
  });
  loaded.set(path, loading);
  return loading;
}

/** `code: breaking|non-breaking` of every change, as the head's `x-expect` writes them. */
function classified(base: LoadedSpec, head: LoadedSpec): string[] {
  const changes = diffSpecs(base, head).changes;
  return [
    ...new Set(changes.map((change) => `${change.code}: ${change.breaking ? 'breaking' : 'non-breaking'}`)),
  ].sort();
}

function expected(head: LoadedSpec): string[] {
  const expect = (head.document['x-expect'] ?? {}) as Record<string, string>;
  return Object.entries(expect)
    .map(([code, kind]) => `${code}: ${kind}`)
    .sort();
}

const pairs = ['3.0', '3.1'].flatMap((dialect) =>
  readdirSync(`${ROOT}${dialect}`).map((file) => [dialect, file.replace(/\.yaml$/, '')] as const),
);

describe('diffSpecs', () => {
  it.each(pairs)(
    '%s: %s is reported with the right classification, and nothing else',
    async (dialect, name) => {
      const base = await load(`base-${dialect}.yaml`);
      const head = await load(`${dialect}/${name}.yaml`);
      expect(classified(base, head)).toEqual(expected(head));
    },
  );

  it('has a fixture pair for every kind in both dialects', () => {
    const byDialect = (dialect: string): string[] =>
      pairs.filter(([d]) => d === dialect).map(([, name]) => name);
    expect(byDialect('3.0')).toEqual(byDialect('3.1'));
    expect(byDialect('3.0').length).toBeGreaterThan(40);
  });

  it('sees no change between a 3.0 document and its 3.1 translation (nullable, exclusive bounds)', async () => {
    const diff = diffSpecs(await load('base-3.0.yaml'), await load('base-3.1.yaml'));
    expect(diff.changes).toEqual([]);
    expect(diff.breaking).toBe(0);
  });

  it('compares recursive schemas once per pair of definitions, and terminates', async () => {
    const base = await load('recursive/base.yaml');
    const head = await load('recursive/head.yaml');
    const diff = diffSpecs(base, head);
    expect(classified(base, head)).toEqual(expected(head));
    expect(diff.changes.map((change) => change.location)).toEqual([
      'request body application/json #/properties/branch/properties/children',
      'response 200 application/json #/properties/branch/properties/children',
    ]);
    expect(diffSpecs(base, base).changes).toEqual([]);
  });

  it('names the operation, the place and both values of a change', async () => {
    const diff = diffSpecs(await load('base-3.0.yaml'), await load('3.0/request-max-length-decreased.yaml'));
    expect(diff.changes).toEqual([
      {
        code: 'request-max-length-decreased',
        breaking: true,
        side: 'request',
        operation: 'POST /things/{thingId}',
        operationId: 'replaceThing',
        location: 'request body application/json #/properties/name',
        message: 'maxLength 128 -> 64',
      },
    ]);
  });

  it('lists breaking changes first and counts them', async () => {
    const diff = diffSpecs(await load('base-3.1.yaml'), await load('3.1/request-media-type-removed.yaml'));
    expect(diff.changes.map((change) => change.breaking)).toEqual([true, false]);
    expect(diff.breaking).toBe(1);
    const text = formatSpecDiff(diff);
    expect(text).toContain('✗ breaking');
    expect(text).toContain('request-media-type-removed');
    expect(text.split('\n').at(-1)).toBe('2 change(s): 1 breaking, 1 non-breaking');
  });
});
