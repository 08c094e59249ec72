import type { CredentialPlacement } from '../spec/security-placement.ts';
import { garbleToken } from './garble-token.ts';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/**
 * Every form of a credential that a request may carry, for the redactor: the value and its garbled twin
 * (rot13 is reversible), and for HTTP Basic their base64 forms and the password alone.
 */
export function credentialSecrets(value: string, placement: CredentialPlacement): string[] {
  const garbled = garbleToken(value).value;
  const secrets = [value, garbled];
  if (placement.kind === 'basic') {
    secrets.push(base64(value), base64(garbled));
    const colon = value.indexOf(':');
    if (colon !== -1) secrets.push(value.slice(colon + 1));
  }
  return [...new Set(secrets)].filter((secret) => secret !== '');
}
