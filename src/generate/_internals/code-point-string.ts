import fc from 'fast-check';
import { anyChar, CHAR_CLASSES } from './char-classes.ts';

/** Strings without `maxLength` stay this much longer than `minLength` at most. */
const UNBOUNDED_SPAN = 24;

/**
 * Strings of `min..max` code points. Mixed strings, strings of one class (whitespace only, emoji only...) and
 * strings of exactly `min` and exactly `max` code points of each class, so the bounds are reached by emoji too.
 */
export function codePointString(min: number, max: number | undefined): fc.Arbitrary<string> {
  const upper = max ?? min + UNBOUNDED_SPAN;
  // No length fits: the final validation reports the schema.
  if (upper < min) return fc.constant('');
  const ofLength = (char: fc.Arbitrary<string>, from: number, to: number): fc.Arbitrary<string> =>
    fc.array(char, { minLength: from, maxLength: to, size: 'max' }).map((chars) => chars.join(''));
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
  return fc.array(char, { minLength: length, maxLength: length }).map((chars) => chars.join(''));
}
