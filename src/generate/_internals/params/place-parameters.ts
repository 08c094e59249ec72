import type { WireParameter } from './wire-parameter.ts';

/** The parameter fields of a request case. */
export interface PlacedParameters {
  /** The operation's path, with the values the http layer cannot encode alone already in place. */
  pathTemplate: string;
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  cookies: Record<string, string>;
}

function addQuery(query: Record<string, string | string[]>, name: string, value: string): void {
  const known = query[name];
  if (known === undefined) query[name] = value;
  else query[name] = Array.isArray(known) ? [...known, value] : [known, value];
}

/**
 * Puts parameters where the http layer expects them. A pre-encoded path value replaces its `{name}` in the
 * template; pre-encoded query pairs are appended to the template after `?` (the http layer adds the other
 * query pairs after `&`).
 */
export function placeParameters(path: string, wires: readonly WireParameter[]): PlacedParameters {
  const placed: PlacedParameters = {
    pathTemplate: path,
    pathParams: {},
    query: {},
    headers: {},
    cookies: {},
  };
  const encodedQuery: string[] = [];
  for (const wire of wires) {
    if (wire.in === 'path' && 'raw' in wire) placed.pathParams[wire.name] = wire.raw;
    else if (wire.in === 'path')
      placed.pathTemplate = placed.pathTemplate.split(`{${wire.name}}`).join(wire.encoded);
    else if (wire.in === 'query' && 'encoded' in wire) encodedQuery.push(wire.encoded);
    else if (wire.in === 'query') for (const [name, value] of wire.pairs) addQuery(placed.query, name, value);
    else if (wire.in === 'header') placed.headers[wire.name] = wire.value;
    else placed.cookies[wire.name] = wire.value;
  }
  if (encodedQuery.length > 0) placed.pathTemplate = `${placed.pathTemplate}?${encodedQuery.join('&')}`;
  return placed;
}
