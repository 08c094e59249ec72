import type { CompiledMedia, CompiledResponse } from '../../schema/types.ts';
import { declaredMediaFor, isJsonMediaType } from '../../core/media-type.ts';

/**
 * The declared media of a response that describes a body of `actual` type: the most specific match
 * (exact, `type/*`, `*\/*`). Without a Content-Type, or with an undeclared JSON type, a single declared
 * JSON media is used, so the body is still validated (content_type_conformance reports the type itself).
 */
export function pickMedia(response: CompiledResponse, actual: string | undefined): CompiledMedia | undefined {
  const { media } = response;
  if (actual !== undefined) {
    const matched = declaredMediaFor(media, actual);
    if (matched !== undefined) return matched;
    if (!isJsonMediaType(actual)) return undefined;
  }
  const json = media.filter((item) => isJsonMediaType(item.mediaType));
  return json.length === 1 ? json[0] : undefined;
}
