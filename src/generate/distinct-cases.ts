import type { RequestCase } from './types.ts';

/** What a server sees of a case: method, path, query, headers, cookies, credentials mode and body. */
export function requestKey(requestCase: RequestCase): string {
  const { method, pathTemplate, pathParams, query, headers, cookies, auth, body } = requestCase;
  const sorted = (record: Record<string, unknown>): [string, unknown][] =>
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([
    method,
    pathTemplate,
    sorted(pathParams),
    sorted(query),
    sorted(headers),
    sorted(cookies),
    auth,
    body,
  ]);
}

/**
 * The cases with every repeat of an earlier identical request left out (first one kept, order kept): a
 * property phase over an operation with few possible requests draws the same one again and again.
 */
export function distinctCases(cases: readonly RequestCase[]): RequestCase[] {
  const seen = new Set<string>();
  return cases.filter((requestCase) => {
    const key = requestKey(requestCase);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
