/** `Application/JSON; charset=utf-8` -> `application/json`; undefined for a missing or empty header. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence === undefined || essence === '' ? undefined : essence;
}
