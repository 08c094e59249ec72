/** A text with its JSON string escapes decoded, and where each decoded UTF-16 unit starts in the original. */
export interface UnescapedView {
  text: string;
  /** `from[i]`: the index in the original of decoded unit i; `from[text.length]` is the original's length. */
  from: number[];
}

const SHORT: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The escape at `at` (a backslash) as the unit it stands for and its length, or undefined (left as is). */
function escapeAt(text: string, at: number): { unit: string; length: number } | undefined {
  const next = text[at + 1] ?? '';
  const short = SHORT[next];
  if (short !== undefined) return { unit: short, length: 2 };
  const hex = text.slice(at + 2, at + 6);
  if (next === 'u' && HEX4.test(hex)) return { unit: String.fromCharCode(parseInt(hex, 16)), length: 6 };
  return undefined;
}

/**
 * The text as a JSON parser would read its strings' escapes (`\u002f`, `\/`, `\u00e9`...), or undefined when it
 * holds none: a server may write a secret with any legal escape, and matching the decoded text finds it
 * whichever its encoder chose. Outside strings this over-decodes harmlessly (only for matching).
 */
export function unescapedView(text: string): UnescapedView | undefined {
  if (!text.includes('\\')) return undefined;
  const units: string[] = [];
  const from: number[] = [];
  let at = 0;
  while (at < text.length) {
    const escape = text[at] === '\\' ? escapeAt(text, at) : undefined;
    units.push(escape?.unit ?? text[at] ?? '');
    from.push(at);
    at += escape?.length ?? 1;
  }
  from.push(text.length);
  return { text: units.join(''), from };
}
