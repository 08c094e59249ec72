import { alphabetFor, type Alphabet } from './_internals/tag-alphabets.ts';

/** Tags stop growing once they can hold any 64-bit number. */
const ENOUGH = 2n ** 64n;

export interface TaggedText {
  text: string;
  /** False when the text has too few replaceable characters to hold the number (the tag then wraps). */
  unique: boolean;
}

/**
 * Makes a string unique for a run without changing its length in code points, UTF-16 units or UTF-8 bytes:
 * code points from the start are replaced by characters of the same width and kind (ASCII letters and
 * digits for ASCII, whitespace for whitespace, CJK for CJK, emoji for emoji, marks for marks) spelling the
 * number in mixed radix. For one text, distinct numbers below its capacity give distinct texts.
 */
export function tagUnique(text: string, uniqueNumber: bigint): TaggedText {
  const points = Array.from(text);
  const alphabets = points.map(alphabetFor);
  const positions: number[] = [];
  let capacity = 1n;
  for (let index = 0; index < points.length && capacity < ENOUGH; index++) {
    const size = BigInt(alphabets[index]?.length ?? 0);
    if (size < 2n) continue;
    positions.push(index);
    capacity *= size;
  }
  let rest = ((uniqueNumber % capacity) + capacity) % capacity;
  for (const index of positions) {
    const alphabet: Alphabet = alphabets[index] ?? [];
    const size = BigInt(alphabet.length);
    points[index] = alphabet[Number(rest % size)] ?? points[index] ?? '';
    rest /= size;
  }
  return { text: points.join(''), unique: uniqueNumber >= 0n && uniqueNumber < capacity };
}
