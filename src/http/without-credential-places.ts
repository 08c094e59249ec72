import type { RequestCase } from '../generate/types.ts';

/** Where the case's schemes put credentials, whatever the mode: those places belong to the credentials. */
function credentialPlaces(requestCase: RequestCase): { kind: string; name: string }[] {
  const places = [{ kind: 'header', name: 'authorization' }];
  for (const { placement } of requestCase.credentials?.schemes ?? []) {
    if (placement.kind === 'header') places.push({ kind: 'header', name: placement.name.toLowerCase() });
    else if (placement.kind === 'query' || placement.kind === 'cookie') places.push({ ...placement });
  }
  return places;
}

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

/** The headers without those the credentials own; a Cookie header without their cookies. */
function keptHeaders(
  given: Record<string, string>,
  headers: ReadonlySet<string>,
  cookies: ReadonlySet<string>,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    const lower = name.toLowerCase();
    if (headers.has(lower)) continue;
    kept[name] =
      lower === 'cookie' && cookies.size > 0
        ? value
            .split(';')
            .filter((pair) => !isNamed(pair, cookies))
            .map((pair) => pair.trim())
            .join('; ')
        : value;
  }
  return kept;
}

/**
 * The case without anything in the places its credentials own (the Authorization header, an apiKey
 * header, query parameter or cookie): a document that also declares the key as a parameter, or a replayed
 * request that recorded the placeholder there, must not send a second value.
 */
export function withoutCredentialPlaces(requestCase: RequestCase): RequestCase {
  const places = credentialPlaces(requestCase);
  const query = namesOf(places, 'query');
  const cookies = namesOf(places, 'cookie');
  const [path = '', search] = requestCase.pathTemplate.split(/\?(.*)/s);
  const kept = search?.split('&').filter((pair) => !isNamed(pair, query));
  return {
    ...requestCase,
    pathTemplate: kept === undefined || kept.length === 0 ? path : `${path}?${kept.join('&')}`,
    query: Object.fromEntries(Object.entries(requestCase.query).filter(([name]) => !query.has(name))),
    cookies: Object.fromEntries(Object.entries(requestCase.cookies).filter(([name]) => !cookies.has(name))),
    headers: keptHeaders(requestCase.headers, namesOf(places, 'header'), cookies),
  };
}
