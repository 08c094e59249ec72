import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshText } from '../../src/run/replay-fresh-text.ts';

const kind = (char: string) =>
  /[\p{L}\p{N}]/u.test(char) ? 'word' : /\p{M}/u.test(char) ? 'mark' : /\s/u.test(char) ? 'space' : 'other';
const shape = (text: string) => ({
  points: Array.from(text).length,
  units: text.length,
  bytes: Buffer.byteLength(text, 'utf8'),
  kinds: Array.from(text).map(kind),
});

describe('freshText', () => {
  it('keeps code points, UTF-16 units, UTF-8 bytes and the kind of each character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (text) => {
        expect(shape(freshText(text).text)).toEqual(shape(text));
      }),
    );
  });

  it('replaces a symbol a unique tag cannot (🤀), and keeps quote, backslash and controls', () => {
    const drawn = new Set(Array.from({ length: 20 }, () => freshText('🤀').text));
    expect(drawn.size).toBeGreaterThan(1);
    expect(freshText('"\\\n').text).toBe('"\\\n');
  });

  it('says when a text has plenty of choices, and when too few (a 1-character name)', () => {
    expect(freshText('a').plenty).toBe(false);
    expect(freshText('abcdefgh').plenty).toBe(true);
  });
});
