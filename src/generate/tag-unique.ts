import { alphabetFor, type Alphabet } from './_internals/tag-alphabets.ts';

/** Tags stop growing once they can hold any 64-bit number. */
const ENOUGH = 2n ** 64n;

/**
 * Unique numbers are `run * 2^24 + counter` (a random run part, a counter within the run): the bits above
 * these identify the run.
 */
export const UNIQUE_COUNTER_BITS = 24n;

const MASK64 = 2n ** 64n - 1n;

/** SplitMix64's finaliser: every bit of the run part moves every digit of a short tag. */
function mix(value: bigint): bigint {
  let z = value & MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/**
 * The digits a text of this capacity spells for the number. A number it cannot hold is wrapped, rotated by
 * a hash of its run part: numbers of one run stay apart as long as the capacity allows (consecutive
 * counters differ), and each run starts at its own random place, so a 1-character name is not the same
 * character in every run against a server that keeps what earlier runs created.
 */
function digitsFor(uniqueNumber: bigint, capacity: bigint): bigint {
  const wrapped = ((uniqueNumber % capacity) + capacity) % capacity;
  if (uniqueNumber >= 0n && uniqueNumber < capacity) return wrapped;
  return (wrapped + mix(uniqueNumber >> UNIQUE_COUNTER_BITS)) % capacity;
}

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
  let rest = digitsFor(uniqueNumber, capacity);
  for (const index of positions) {
    const alphabet: Alphabet = alphabets[index] ?? [];
    const size = BigInt(alphabet.length);
    points[index] = alphabet[Number(rest % size)] ?? points[index] ?? '';
    rest /= size;
  }
  return { text: points.join(''), unique: uniqueNumber >= 0n && uniqueNumber < capacity };
}
