import { credentialVariable } from '../spec/security-variable.ts';

/** What recorded requests, replay files and curl commands show instead of the credentials. */
export const TOKEN_PLACEHOLDER = '$CONTRACT_TOKEN';
export const FORBIDDEN_TOKEN_PLACEHOLDER = '$CONTRACT_FORBIDDEN_TOKEN';

/** A fixed, random-looking token no server has issued: sent for auth mode `unknown`. Not a secret. */
export const UNKNOWN_TOKEN = 'oac_unk_7Hq2Xv9LmB4tRz6WcN8pJd3KsF5gYe1A';

/** The user:password sent as unknown HTTP Basic credentials. Not a secret. */
export const UNKNOWN_BASIC = `oac-unknown-user:${UNKNOWN_TOKEN}`;

/** The placeholder of a scheme's credential: `$CONTRACT_AUTH_API_KEY` (`..._FORBIDDEN` without permission). */
export function credentialPlaceholder(schemeKey: string, forbidden = false): string {
  return `$${credentialVariable(schemeKey, forbidden)}`;
}
