import { randomInt } from 'node:crypto';

type Pool = readonly string[];

const WORD = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;
const SYMBOL = /^[\p{S}\p{P}]$/u;
const KINDS = [WORD, MARK, SPACE, SYMBOL] as const;

/** Code points of a range of one kind (so a replacement is classified as what it replaces). */
function range(from: number, to: number, kind: RegExp): Pool {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).filter(
    (char) => kind.test(char) && char !== '"' && char !== '\\',
  );
}

/** Ranges per UTF-8 width (1 to 4 bytes) and kind: a replacement keeps code points, UTF-16 units and bytes. */
const RANGES: Record<number, [RegExp, number, number][]> = {
  1: [
    [WORD, 0x30, 0x7a],
    [SPACE, 0x20, 0x20],
    [SYMBOL, 0x21, 0x7e],
  ],
  2: [
    [WORD, 0x410, 0x44f],
    [MARK, 0x300, 0x36f],
    [SYMBOL, 0xa1, 0xbf],
  ],
  3: [
    [WORD, 0x4e00, 0x9fff],
    [MARK, 0x20d0, 0x20f0],
    [SPACE, 0x2000, 0x200a],
    [SYMBOL, 0x2600, 0x26ff],
  ],
  4: [
    [WORD, 0x20000, 0x2a6df],
    [SYMBOL, 0x1f300, 0x1f5ff],
  ],
};

const pools = new Map<string, Pool>();

/** The pool a code point may be replaced from: same UTF-8 width, same kind; empty to keep it. */
function poolFor(char: string): Pool {
  const cp = char.codePointAt(0) ?? 0;
  // Controls, quote and backslash are what a case tests when present (JSON escaping): kept.
  if (cp < 0x20 || cp === 0x7f || char === '"' || char === '\\' || /[\ud800-\udfff]/u.test(char)) return [];
  const width = Buffer.byteLength(char, 'utf8');
  const kind = KINDS.find((k) => k.test(char));
  const entry = RANGES[width]?.find(([k]) => k === kind);
  if (entry === undefined) return [];
  const key = `${width}:${String(kind)}`;
  let pool = pools.get(key);
  if (pool === undefined) pools.set(key, (pool = range(entry[1], entry[2], entry[0])));
  return pool;
}

/** Enough choices that a server's earlier names are unlikely to be drawn again. */
const PLENTY = 1_000_000;

/**
 * A fresh random text of the same shape: each code point replaced by a random one of the same UTF-8 width
 * and kind (letters and digits, marks, spaces, symbols), so lengths in code points, UTF-16 units and bytes
 * stay. `plenty` is false when the text has too few choices to be unlikely to repeat a server's name.
 */
export function freshText(text: string): { text: string; plenty: boolean } {
  let choices = 1;
  const points = Array.from(text).map((char) => {
    const pool = poolFor(char);
    if (pool.length < 2) return char;
    choices = Math.min(choices * pool.length, PLENTY);
    return pool[randomInt(pool.length)] ?? char;
  });
  return { text: points.join(''), plenty: choices >= PLENTY };
}
