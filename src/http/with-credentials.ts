import type { PlacedCredential } from './authorization.ts';
import { percentEncode } from '../core/percent-encode.ts';

/** Appends the credentials that go in the query: encoded on the wire, as placeholders when recorded. */
function withQuery(url: string, credentials: PlacedCredential[], recorded: boolean): string {
  const pairs = credentials
    .filter((credential) => credential.kind === 'query')
    .map(
      (credential) =>
        `${percentEncode(credential.name)}=${recorded ? credential.recorded : percentEncode(credential.wire)}`,
    );
  if (pairs.length === 0) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${pairs.join('&')}`;
}

/** Adds header and cookie credentials to the headers (a Cookie header gets them appended). */
function withHeaders(
  headers: Record<string, string>,
  credentials: PlacedCredential[],
  recorded: boolean,
): Record<string, string> {
  const out = { ...headers };
  const cookies: string[] = [];
  for (const credential of credentials) {
    const value = recorded ? credential.recorded : credential.wire;
    if (credential.kind === 'header') out[credential.name] = value;
    if (credential.kind === 'cookie') cookies.push(`${credential.name}=${value}`);
  }
  if (cookies.length === 0) return out;
  const name = Object.keys(out).find((key) => key.toLowerCase() === 'cookie') ?? 'cookie';
  const existing = out[name];
  out[name] =
    existing === undefined || existing === '' ? cookies.join('; ') : `${existing}; ${cookies.join('; ')}`;
  return out;
}

/**
 * The URL and headers with the credentials where their schemes put them: the values on the wire, the
 * placeholders (`$CONTRACT_AUTH_<SCHEME>`, shell expressions) when `recorded`.
 */
export function withCredentials(
  request: { url: string; headers: Record<string, string> },
  credentials: PlacedCredential[],
  recorded: boolean,
): { url: string; headers: Record<string, string> } {
  return {
    url: withQuery(request.url, credentials, recorded),
    headers: withHeaders(request.headers, credentials, recorded),
  };
}
