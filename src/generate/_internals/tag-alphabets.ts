/**
 * For each code point, the alphabet a unique tag may replace it with: same UTF-8 width (so the same UTF-16
 * width too) and same kind of character. Alphabets of one letter leave the code point alone.
 */
export type Alphabet = readonly string[];

const WORD = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/** The code points of a range that are of the kind (so a replacement is classified as what it replaces). */
const range = (from: number, to: number, kind: RegExp): Alphabet =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).filter((char) =>
    kind.test(char),
  );
const chars = (text: string): Alphabet => Array.from(text);

const ALNUM = chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const ASCII_SPACE = chars(' \t\n\r');
/** Characters URLs treat specially (what the URL-special coverage case holds) and the other punctuation. */
const URL_SPECIAL = chars('/%?#&+');
const PUNCTUATION = chars("!$'()*,-.:;<=>@[]^_`{|}~");
const TWO_BYTE_LETTERS = range(0x410, 0x44f, WORD);
const TWO_BYTE_MARKS = range(0x300, 0x36f, MARK);
const THREE_BYTE_SPACE = [...range(0x2000, 0x200a, SPACE), ...chars('\u1680\u2028\u2029\u202f\u205f\u3000')];
const THREE_BYTE_MARKS = range(0x20d0, 0x20f0, MARK);
const CJK = range(0x4e00, 0x9fff, WORD);
const EMOJI = range(0x1f300, 0x1f5ff, PICTOGRAPH);
const ASTRAL_LETTERS = range(0x20000, 0x2a6df, WORD);
const UNCHANGED: Alphabet = [];

function asciiAlphabet(char: string): Alphabet {
  if (SPACE.test(char)) return char === '\v' || char === '\f' ? UNCHANGED : ASCII_SPACE;
  // Controls, quote and backslash are what a case tests when present (JSON escaping): kept.
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f || char === '"' || char === '\\') return UNCHANGED;
  if (URL_SPECIAL.includes(char)) return URL_SPECIAL;
  return PUNCTUATION.includes(char) ? PUNCTUATION : ALNUM;
}

/** Letters and digits, marks and whitespace of each width get their own alphabet; symbols stay as they are. */
function wideAlphabet(char: string, words: Alphabet, marks: Alphabet, spaces: Alphabet): Alphabet {
  if (WORD.test(char)) return words;
  if (MARK.test(char)) return marks;
  if (SPACE.test(char)) return spaces;
  return UNCHANGED;
}

export function alphabetFor(char: string): Alphabet {
  const bytes = Buffer.byteLength(char, 'utf8');
  if (bytes === 1) return asciiAlphabet(char);
  if (bytes === 2) return wideAlphabet(char, TWO_BYTE_LETTERS, TWO_BYTE_MARKS, UNCHANGED);
  // A lone surrogate is 3 bytes in Buffer.byteLength but not a character: kept.
  if (bytes === 3)
    return /^[\ud800-\udfff]$/u.test(char)
      ? UNCHANGED
      : wideAlphabet(char, CJK, THREE_BYTE_MARKS, THREE_BYTE_SPACE);
  return PICTOGRAPH.test(char) ? EMOJI : WORD.test(char) ? ASTRAL_LETTERS : UNCHANGED;
}
