import fc from 'fast-check';

/** A family of code points that servers tend to mishandle in its own way. Every value is one code point. */
export interface CharClass {
  name: string;
  char: fc.Arbitrary<string>;
  /** A representative, for deterministic boundary values. */
  example: string;
}

type Range = readonly [number, number];

function fromRanges(ranges: readonly Range[]): fc.Arbitrary<string> {
  return fc
    .oneof(...ranges.map(([min, max]) => fc.integer({ min, max })))
    .map((cp) => String.fromCodePoint(cp));
}

function fromChars(chars: string): fc.Arbitrary<string> {
  return fc.constantFrom(...Array.from(chars));
}

export const ASCII: CharClass = { name: 'ASCII', char: fromRanges([[0x20, 0x7e]]), example: 'a' };
/** Two UTF-8 bytes: Latin-1 letters, Greek, Cyrillic. */
export const TWO_BYTE: CharClass = {
  name: '2-byte',
  char: fromRanges([
    [0xc0, 0xff],
    [0x391, 0x3c9],
    [0x410, 0x44f],
  ]),
  example: 'é',
};
/** Three UTF-8 bytes, one UTF-16 unit: CJK, Hangul, Hiragana. */
export const THREE_BYTE: CharClass = {
  name: 'CJK',
  char: fromRanges([
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3],
    [0x3041, 0x3096],
  ]),
  example: '中',
};
/** Four UTF-8 bytes, two UTF-16 units (a surrogate pair): emoji and astral letters. */
export const ASTRAL: CharClass = {
  name: 'emoji',
  char: fromRanges([
    [0x1f300, 0x1f64f],
    [0x1f900, 0x1f9ff],
    [0x1d400, 0x1d44f],
    [0x20000, 0x2a6df],
  ]),
  example: '😀',
};
/** Combining marks, which some servers count together with the letter before them. */
export const COMBINING: CharClass = {
  name: 'combining mark',
  char: fromRanges([
    [0x300, 0x36f],
    [0x20d0, 0x20f0],
  ]),
  example: '\u0301',
};
export const WHITESPACE: CharClass = {
  name: 'whitespace',
  char: fromChars(' \t\n\r\u00a0\u2003\u3000\u2028'),
  example: ' ',
};
/** Characters JSON must escape: quote, backslash, control characters and NUL. */
export const JSON_ESCAPING: CharClass = {
  name: 'JSON-escaping',
  char: fc.oneof(fromChars('"\\\u007f'), fromRanges([[0x0, 0x1f]])),
  example: '"',
};
export const URL_SPECIAL: CharClass = { name: 'URL-special', char: fromChars('/%?#&+=;:@ '), example: '/' };

export const CHAR_CLASSES: readonly CharClass[] = [
  ASCII,
  TWO_BYTE,
  THREE_BYTE,
  ASTRAL,
  COMBINING,
  WHITESPACE,
  JSON_ESCAPING,
  URL_SPECIAL,
];

/** One code point from any class, ASCII most often. */
export const anyChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: ASCII.char },
  ...CHAR_CLASSES.slice(1).map((cls) => ({ weight: 1, arbitrary: cls.char })),
);
