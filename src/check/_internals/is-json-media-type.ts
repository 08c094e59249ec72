/** `application/json`, `application/problem+json`, `text/json`...: bodies that must parse as JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.+-]+\/([a-z0-9.+-]*\+)?json$/.test(essence);
}
