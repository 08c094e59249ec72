import type { RequestCase } from '../generate/types.ts';
import { credentialPlaces, type PlacedCredential } from './authorization.ts';
import { percentEncode } from './percent-encode.ts';

const isNamed = (pair: string, names: ReadonlySet<string>): boolean => {
  const name = pair.split('=')[0]?.trim() ?? '';
  return names.has(name) || names.has(safeDecode(name));
};

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function namesOf(places: { kind: string; name: string }[], kind: string): Set<string> {
  return new Set(places.filter((place) => place.kind === kind).map((place) => place.name));
}

/**
 * The case without anything in the places its credentials own (the Authorization header, an apiKey
 * header, query parameter or cookie): a document that also declares the key as a parameter, or a replayed
 * request that recorded the placeholder there, must not send a second value.
 */
export function withoutCredentialPlaces(requestCase: RequestCase): RequestCase {
  const places = credentialPlaces(requestCase);
  const headers = namesOf(places, 'header');
  const query = namesOf(places, 'query');
  const cookies = namesOf(places, 'cookie');
  const [path = '', search] = requestCase.pathTemplate.split(/\?(.*)/s);
  const kept = search?.split('&').filter((pair) => !isNamed(pair, query));
  const out: RequestCase = {
    ...requestCase,
    pathTemplate: kept === undefined || kept.length === 0 ? path : `${path}?${kept.join('&')}`,
    query: Object.fromEntries(Object.entries(requestCase.query).filter(([name]) => !query.has(name))),
    cookies: Object.fromEntries(Object.entries(requestCase.cookies).filter(([name]) => !cookies.has(name))),
    headers: {},
  };
  for (const [name, value] of Object.entries(requestCase.headers)) {
    const lower = name.toLowerCase();
    if (headers.has(lower)) continue;
    out.headers[name] =
      lower === 'cookie' && cookies.size > 0
        ? value
            .split(';')
            .filter((pair) => !isNamed(pair, cookies))
            .map((pair) => pair.trim())
            .join('; ')
        : value;
  }
  return out;
}

/** Appends the credentials that go in the query: encoded on the wire, as placeholders when recorded. */
export function withQueryCredentials(
  url: string,
  credentials: PlacedCredential[],
  recorded: boolean,
): string {
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
export function withHeaderCredentials(
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
