/**
 * `http://host:8080/a/b?x=1` -> origin `http://host:8080`, path `/a/b?x=1`. Done by hand because
 * `new URL()` would resolve dot segments (`/a/../b`, `%2E%2E`) and change the request.
 */
export function splitUrl(url: string): { origin: string; path: string } | undefined {
  const match = /^(https?:\/\/[^/?#]+)([^#]*)/i.exec(url);
  if (!match?.[1]) return undefined;
  const rest = match[2] ?? '';
  return { origin: match[1], path: rest.startsWith('/') ? rest : `/${rest}` };
}
