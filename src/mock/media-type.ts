/**
 * The essence of a Content-Type (`type/subtype`, lower-cased, parameters dropped), or undefined when the
 * header is missing or not a media type. `application/json; charset=utf-8` -> `application/json`.
 */
export function mediaTypeOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const essence = (header.split(';')[0] ?? '').trim().toLowerCase();
  return /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/.test(essence) ? essence : undefined;
}
