import { TOKEN_PLACEHOLDER } from './placeholders.ts';

const FROM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TO = 'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm5678901234';

export interface GarbledToken {
  /** The token with every letter rotated by 13 and every digit by 5: same length and shape, not valid. */
  value: string;
  /** A shell expression that rebuilds `value` from `$CONTRACT_TOKEN` (for recorded requests and curl). */
  shell: string;
}

/**
 * Mangles a token so that it keeps its length and structure (a JWT keeps its dots) but no longer matches:
 * the server must actually verify it. It never contains the token. Register `value` with the redactor:
 * rot13 is reversible.
 */
export function garbleToken(token: string): GarbledToken {
  let value = '';
  for (const char of token) {
    const index = FROM.indexOf(char);
    value += index === -1 ? char : (TO[index] ?? char);
  }
  if (value !== token) {
    return { value, shell: `$(printf %s "${TOKEN_PLACEHOLDER}" | tr '${FROM}' '${TO}')` };
  }
  // No letter or digit to rotate: replace every character instead.
  return { value: 'x'.repeat(token.length), shell: `$(printf %s "${TOKEN_PLACEHOLDER}" | sed 's/./x/g')` };
}
