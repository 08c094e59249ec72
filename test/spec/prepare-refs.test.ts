import { describe, expect, it } from 'vitest';
import { EXTENSION_REF, prepareRefs, UNRESOLVED_REF } from '../../src/spec/_internals/prepare-refs.ts';

const exists = (): boolean => true;

describe('prepareRefs', () => {
  it('returns the very document when nothing is renamed, and says whether it must be bundled', () => {
    const document = { openapi: '3.1.0', components: { schemas: { A: { $ref: './a.yaml' } } } };
    const prepared = prepareRefs(document, exists);
    expect(prepared.document).toBe(document);
    expect(prepared).toMatchObject({ external: true, unresolved: [], inExtensions: [] });
  });

  it('renames refs inside extensions, at any depth, without touching the original', () => {
    const document = { 'x-topics': { list: [{ $ref: './topics.md' }] }, paths: { 'x-a': { $ref: '#/b' } } };
    const prepared = prepareRefs(document, exists);
    expect(prepared.document).toEqual({
      'x-topics': { list: [{ [EXTENSION_REF]: './topics.md' }] },
      paths: { 'x-a': { [EXTENSION_REF]: '#/b' } },
    });
    expect(document['x-topics'].list[0]).toEqual({ $ref: './topics.md' });
    expect(prepared.inExtensions.map((ref) => ref.at)).toEqual(['/x-topics/list/0', '/paths/x-a']);
    expect(prepared.external).toBe(false);
  });

  it('reads x- names in name maps (properties, headers, components) as names, not extensions', () => {
    const document = {
      components: {
        schemas: {
          'x-thing': { properties: { 'x-id': { $ref: '#/components/schemas/x-thing' } } },
        },
        responses: {
          ok: { description: 'ok', headers: { 'x-rate': { $ref: '#/components/headers/x-rate' } } },
        },
        headers: { 'x-rate': { schema: { type: 'integer' } } },
      },
    };
    const prepared = prepareRefs(document, exists);
    expect(prepared.document).toBe(document);
    expect(prepared.inExtensions).toEqual([]);
  });

  it('sets aside internal refs to nothing and external refs whose target does not exist', () => {
    const document = { a: { $ref: '#/nowhere' }, b: { $ref: './gone.yaml#/X' }, c: { $ref: '#/a' } };
    const prepared = prepareRefs(document, (ref) => !ref.includes('gone'));
    expect(prepared.document).toEqual({
      a: { [UNRESOLVED_REF]: '#/nowhere' },
      b: { [UNRESOLVED_REF]: './gone.yaml#/X' },
      c: { $ref: '#/a' },
    });
    expect(prepared.unresolved).toEqual([
      { ref: '#/nowhere', at: '/a' },
      { ref: './gone.yaml#/X', at: '/b' },
    ]);
    expect(prepared.external).toBe(false);
  });
});
