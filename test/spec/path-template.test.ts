import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathTemplate } from '../../src/spec/path-template.ts';

const TEMPLATE = '/accounts/{accountId}/keys/{keyId}';

describe('pathTemplate', () => {
  it('expands values percent-encoded, dot segments escaped, a missing value left as written', () => {
    expect(pathTemplate.expand(TEMPLATE, { accountId: 'a b/c', keyId: '..' })).toBe(
      '/accounts/a%20b%2Fc/keys/%2E%2E',
    );
    expect(pathTemplate.expand(TEMPLATE, { accountId: 'sa' })).toBe('/accounts/sa/keys/{keyId}');
  });

  it('reads back every value it expanded (any text of whole characters)', () => {
    const compiled = pathTemplate.compile(TEMPLATE);
    const pattern = new RegExp(`^${compiled.source}$`);
    const text = fc.string({ minLength: 1, unit: 'grapheme' });
    fc.assert(
      fc.property(text, text, (accountId, keyId) => {
        const match = pattern.exec(pathTemplate.expand(TEMPLATE, { accountId, keyId }));
        expect(match && pathTemplate.values(compiled, match)).toEqual({ accountId, keyId });
      }),
    );
  });

  it('names nothing for a value that is not valid percent-encoding', () => {
    const compiled = pathTemplate.compile('/things/{id}');
    const match = new RegExp(`^${compiled.source}$`).exec('/things/%E0%A4%A');
    expect(match && pathTemplate.values(compiled, match)).toBeUndefined();
  });
});
