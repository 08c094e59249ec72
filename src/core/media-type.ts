/**
 * Media types, one reading for every layer: a Content-Type header and a declared `content` key are both
 * reduced to their essence (`type/subtype`, lower-cased, parameters and surrounding spaces dropped).
 */

const TOKEN = "[!#$%&'*+.^_`|~0-9a-z-]+";
const ESSENCE = new RegExp(`^${TOKEN}/${TOKEN}$`);

/**
 * `Application/JSON; charset=utf-8` -> `application/json`. Undefined for a missing value or one that is
 * not a media type (`json`, `application/`, `a b/c`): such a header says no more than a missing one.
 */
export function mediaTypeOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const essence = (value.split(';')[0] ?? '').trim().toLowerCase();
  return ESSENCE.test(essence) ? essence : undefined;
}

/** `application/json`, `text/json`, `application/problem+json` (parameters ignored): bodies that are JSON. */
export function isJsonMediaType(value: string): boolean {
  const subtype = mediaTypeOf(value)?.split('/')[1];
  return subtype !== undefined && (subtype === 'json' || subtype.endsWith('+json'));
}

/**
 * Whether an actual media type satisfies a declared one: exact, `type/*` or `*\/*`. Both may carry
 * parameters and any case; parameters are ignored. An actual type that is not a media type matches nothing.
 */
export function mediaTypeMatches(declared: string, actual: string): boolean {
  const [wanted, got] = [mediaTypeOf(declared), mediaTypeOf(actual)];
  if (wanted === undefined || got === undefined) return false;
  if (wanted === '*/*' || wanted === got) return true;
  const [type = '', subtype] = wanted.split('/');
  return subtype === '*' && got.startsWith(`${type}/`);
}

/**
 * The declared media that describes a body of `actual` type, the most specific first: the exact type, then
 * `type/*`, then `*\/*`. Undefined when none matches or `actual` is not a media type.
 */
export function declaredMediaFor<T extends { mediaType: string }>(
  declared: readonly T[],
  actual: string | undefined,
): T | undefined {
  const essence = mediaTypeOf(actual);
  if (essence === undefined) return undefined;
  const byKey = (key: string): T | undefined =>
    declared.find((media) => mediaTypeOf(media.mediaType) === key);
  return byKey(essence) ?? byKey(`${essence.split('/')[0] ?? ''}/*`) ?? byKey('*/*');
}

/**
 * A declared `content` key as a map key: case and spaces do not count, parameters do
 * (`Application/JSON; charset=utf-8` and `application/json;charset=utf-8` are one key).
 */
export function mediaTypeKey(declared: string): string {
  return declared.toLowerCase().replace(/\s+/g, '');
}
