import { randomUUID } from 'node:crypto';
import type { ReceivedResponse } from './types.ts';

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** An integer with this many digits may be past Number.MAX_SAFE_INTEGER (16 digits). */
const LONG_DIGITS = /\d{16}/;

interface Span {
  start: number;
  end: number;
}

/** The end of the string starting at `start` (its opening quote), past the closing quote. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
  return at + 1;
}

/** Where the text holds an integer literal that JSON.parse would round (outside strings). */
function unsafeIntegers(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < text.length;) {
    const char = text[at] ?? '';
    if (char === '"') {
      at = stringEnd(text, at);
      continue;
    }
    if (char !== '-' && (char < '0' || char > '9')) {
      at += 1;
      continue;
    }
    NUMBER.lastIndex = at;
    const token = NUMBER.exec(text)?.[0] ?? char;
    if (/^-?\d+$/.test(token) && !Number.isSafeInteger(Number(token)))
      spans.push({ start: at, end: at + token.length });
    at += token.length;
  }
  return spans;
}

/**
 * JSON text parsed with its integers beyond Number.MAX_SAFE_INTEGER kept exact, as BigInt (JSON.parse rounds
 * 9007199254740993 to ...992; Node 20 gives a reviver no source text). Each such literal is swapped for a
 * marked string before parsing, and the reviver turns it back. Undefined when the text is not JSON.
 */
export function parseExactJson(text: string): unknown {
  const spans = LONG_DIGITS.test(text) ? unsafeIntegers(text) : [];
  // A NUL (escaped in the text) and a fresh UUID: no string of the body starts with that.
  const nonce = `${randomUUID()}:`;
  const mark = `\u0000${nonce}`;
  let marked = '';
  let from = 0;
  for (const { start, end } of spans) {
    marked += `${text.slice(from, start)}"\\u0000${nonce}${text.slice(start, end)}"`;
    from = end;
  }
  marked += text.slice(from);
  try {
    return JSON.parse(marked, (_key, value: unknown) =>
      typeof value === 'string' && value.startsWith(mark) ? BigInt(value.slice(mark.length)) : value,
    ) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A response's JSON body for taking values from (ids for later requests): integers past 2^53 as BigInt, with
 * their exact digits; the parsed body itself when it has none. Never for checks or reports: BigInt is not JSON.
 * Undefined when the body is not JSON.
 */
export function exactJson(response: ReceivedResponse | undefined): unknown {
  if (response?.json?.ok !== true) return undefined;
  if (!LONG_DIGITS.test(response.bodyText)) return response.json.value;
  return parseExactJson(response.bodyText) ?? response.json.value;
}
