import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringLengths } from '../../src/core/unicode.ts';
import { CHAR_CLASSES } from '../../src/generate/_internals/char-classes.ts';
import { tagUnique } from '../../src/generate/tag-unique.ts';

const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  ...CHAR_CLASSES.map((cls) => fc.array(cls.char, { maxLength: 40 }).map((chars) => chars.join(''))),
);
const numbers = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

/** The kind of each code point, as a person would tell them apart. */
function kinds(text: string): string[] {
  return Array.from(text).map((char) => {
    if (/^[\p{L}\p{N}\p{Extended_Pictographic}]$/u.test(char)) return `word${Buffer.byteLength(char)}`;
    if (/^\s$/u.test(char)) return `space${Buffer.byteLength(char)}`;
    if (/^\p{M}$/u.test(char)) return `mark${Buffer.byteLength(char)}`;
    return `other:${char}`;
  });
}

describe('tagUnique', () => {
  it('keeps the length in code points, UTF-16 units and UTF-8 bytes', () => {
    fc.assert(
      fc.property(texts, numbers, (text, n) => {
        expect(stringLengths(tagUnique(text, n).text)).toEqual(stringLengths(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the kind of every character it replaces (letters, whitespace, marks; width included)', () => {
    fc.assert(
      fc.property(texts, numbers, (text, n) => {
        const tagged = tagUnique(text, n).text;
        const before = kinds(text);
        kinds(tagged).forEach((kind, index) => {
          const original = before[index] ?? '';
          if (original.startsWith('other:')) return;
          expect(kind).toBe(original);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives distinct numbers distinct texts while the text can hold them', () => {
    fc.assert(
      fc.property(texts, numbers, numbers, (text, a, b) => {
        const first = tagUnique(text, a);
        const second = tagUnique(text, b);
        fc.pre(a !== b && first.unique && second.unique);
        expect(first.text).not.toBe(second.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('tags a 128-character name with any 64-bit number, and a long emoji name too', () => {
    const name = 'a'.repeat(128);
    const emoji = '😀'.repeat(128);
    const tagged = new Set([0n, 1n, 2n ** 40n, 2n ** 64n - 1n].map((n) => tagUnique(name, n).text));
    expect(tagged.size).toBe(4);
    expect(tagUnique(name, 2n ** 64n - 1n).unique).toBe(true);
    expect(tagUnique(emoji, 123456789n)).toMatchObject({ unique: true });
    expect(stringLengths(tagUnique(emoji, 123456789n).text)).toEqual(stringLengths(emoji));
  });

  it('says so when the text is too short to carry the number', () => {
    expect(tagUnique('a', 61n).unique).toBe(true);
    expect(tagUnique('a', 62n).unique).toBe(false);
    expect(tagUnique('', 1n)).toEqual({ text: '', unique: false });
    expect(tagUnique('"\\\u0000', 5n)).toEqual({ text: '"\\\u0000', unique: false });
  });

  it('gives a short text a different character in different runs (the run part moves every digit)', () => {
    const runs = Array.from({ length: 300 }, (_, run) => BigInt(run * 7919 + 1) * 2n ** 24n);
    const ascii = new Set(runs.map((base) => tagUnique('a', base).text));
    expect(ascii.size).toBeGreaterThan(45);
    for (const text of ascii) expect(text).toMatch(/^[A-Za-z0-9]$/);
    const emoji = new Set(runs.map((base) => tagUnique('😀', base).text));
    expect(emoji.size).toBeGreaterThan(200);
    for (const text of emoji) expect(stringLengths(text)).toEqual(stringLengths('😀'));
    const cjk = new Set(runs.map((base) => tagUnique('中', base).text));
    expect(cjk.size).toBeGreaterThan(250);
  });

  it('keeps the texts of one run apart as long as the text allows', () => {
    const base = 123456789n * 2n ** 24n;
    const texts = Array.from({ length: 62 }, (_, counter) => tagUnique('a', base + BigInt(counter)).text);
    expect(new Set(texts).size).toBe(62);
  });

  it('replaces URL-special characters and other punctuation by characters of their own kind', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 70n }), (n) => {
        expect(tagUnique('/%?#&+', n).text).toMatch(/^[/%?#&+]{6}$/);
        expect(tagUnique('-', n).text).toMatch(/^[!$'()*,\-.:;<=>@[\]^_`{|}~]$/);
      }),
      { numRuns: 300 },
    );
  });
});
