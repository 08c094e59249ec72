import { shellQuote } from './shell-quote.ts';

/** A recorded credential: a `$CONTRACT_...` placeholder, or a `$(printf %s "$CONTRACT_..." | ...)` filter. */
const PLACEHOLDER = /\$\(printf %s "\$CONTRACT_[A-Z0-9_]+"[^)]*\)|\$CONTRACT_[A-Z0-9_]+/g;

/**
 * One shell word for a recorded text: its credential placeholders double-quoted so that they expand, every
 * other part single-quoted so that nothing else does (`'http://h/a?key='"$CONTRACT_AUTH_KEY"`).
 */
export function shellWord(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(shellQuote(text.slice(last, match.index)));
    parts.push(`"${match[0]}"`);
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push(shellQuote(text.slice(last)));
  return parts.join('');
}
