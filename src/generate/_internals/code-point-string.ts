import fc from 'fast-check';
import { anyChar, CHAR_CLASSES } from './char-classes.ts';

/** Strings without `maxLength` stay this much longer than `minLength` at most. */
const UNBOUNDED_SPAN = 24;
/** Longer strings are a random chunk repeated past this many code points: as varied, far cheaper to draw. */
const DRAWN = 128;

/** `count` code points cycling through `chars`. */
function cycled(chars: readonly string[], count: number): string {
  if (chars.length === 0) return '';
  return (
    chars.join('').repeat(Math.floor(count / chars.length)) + chars.slice(0, count % chars.length).join('')
  );
}

/**
 * Strings of `from..to` code points of one character arbitrary. Up to DRAWN code points each is drawn;
 * beyond, a drawn chunk is repeated to a drawn length, so a 65536-character limit costs no more than 128.
 */
function ofLength(char: fc.Arbitrary<string>, from: number, to: number): fc.Arbitrary<string> {
  if (to <= DRAWN)
    return fc.array(char, { minLength: from, maxLength: to, size: 'max' }).map((chars) => chars.join(''));
  const chunk = fc.array(char, { minLength: 1, maxLength: 32 });
  const long = fc
    .tuple(chunk, fc.integer({ min: Math.max(from, DRAWN), max: to }))
    .map(([chars, length]) => cycled(chars, length));
  return from > DRAWN
    ? long
    : fc.oneof({ weight: 3, arbitrary: ofLength(char, from, DRAWN) }, { weight: 1, arbitrary: long });
}

/**
 * Strings of `min..max` code points. Mixed strings, strings of one class (whitespace only, emoji only...) and
 * strings of exactly `min` and exactly `max` code points of each class, so the bounds are reached by emoji too.
 */
export function codePointString(min: number, max: number | undefined): fc.Arbitrary<string> {
  const upper = max ?? min + UNBOUNDED_SPAN;
  // No length fits: the final validation reports the schema.
  if (upper < min) return fc.constant('');
  const eachClass = (from: number, to: number): fc.Arbitrary<string> =>
    fc.oneof(...CHAR_CLASSES.map((cls) => ofLength(cls.char, from, to)));
  return fc.oneof(
    { weight: 5, arbitrary: ofLength(anyChar, min, upper) },
    { weight: 2, arbitrary: eachClass(min, upper) },
    { weight: 1, arbitrary: eachClass(upper, upper) },
    { weight: 1, arbitrary: eachClass(min, min) },
  );
}

/** Exactly `length` code points of one character class. */
export function stringOfClass(char: fc.Arbitrary<string>, length: number): fc.Arbitrary<string> {
  return ofLength(char, length, length);
}
