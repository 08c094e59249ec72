import { TOKEN_PLACEHOLDER } from './placeholders.ts';

const FROM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TO = 'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm5678901234';

export interface GarbledToken {
  /** The token with every letter rotated by 13 and every digit by 5: same length and shape, not valid. */
  value: string;
  /** The shell filter that turns the token into `value` (`tr '...' '...'`). */
  pipe: string;
  /** A shell expression that rebuilds `value` from the placeholder (for recorded requests and curl). */
  shell: string;
}

/**
 * Mangles a credential so that it keeps its length and structure (a JWT keeps its dots, user:password its
 * colon) but no longer matches: the server must actually verify it. It never contains the credential.
 * Register `value` with the redactor: rot13 is reversible. `placeholder` names the credential's variable.
 */
export function garbleToken(token: string, placeholder: string = TOKEN_PLACEHOLDER): GarbledToken {
  let value = '';
  for (const char of token) {
    const index = FROM.indexOf(char);
    value += index === -1 ? char : (TO[index] ?? char);
  }
  // No letter or digit to rotate: replace every character instead.
  const pipe = value !== token ? `tr '${FROM}' '${TO}'` : `sed 's/./x/g'`;
  if (value === token) value = 'x'.repeat(token.length);
  return { value, pipe, shell: `$(printf %s "${placeholder}" | ${pipe})` };
}
