import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentEncode } from '../../src/core/percent-encode.ts';

describe('percentEncode', () => {
  it('keeps RFC 3986 unreserved characters and encodes every other byte of the UTF-8 form', () => {
    expect(percentEncode('AZaz09-._~')).toBe('AZaz09-._~');
    expect(percentEncode("a/b%c d?#&=+,;:@!'()*")).toBe(
      'a%2Fb%25c%20d%3F%23%26%3D%2B%2C%3B%3A%40%21%27%28%29%2A',
    );
    expect(percentEncode('é😀')).toBe('%C3%A9%F0%9F%98%80');
    expect(percentEncode('')).toBe('');
  });

  it('never throws: a lone surrogate is sent as U+FFFD', () => {
    expect(percentEncode('x\uD800')).toBe('x%EF%BF%BD');
    expect(percentEncode('\uDC00')).toBe('%EF%BF%BD');
  });

  it('writes only unreserved characters and upper-case escapes, and decodes back to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = percentEncode(text);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});
