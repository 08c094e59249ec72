/**
 * Whether a response media type satisfies a declared one: exact, `type/*` or `*\/*`. Both lower-cased,
 * parameters already removed. Declared keys may carry parameters too (`application/json; charset=utf-8`).
 */
export function mediaTypeMatches(declared: string, actual: string): boolean {
  const wanted = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  if (wanted === '*/*' || wanted === actual) return true;
  const [type, subtype] = wanted.split('/');
  return subtype === '*' && actual.startsWith(`${type ?? ''}/`);
}
