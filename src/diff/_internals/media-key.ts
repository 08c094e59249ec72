import type { MediaTypeSpec } from '../../spec/types.ts';

/** `Application/JSON; charset=utf-8` and `application/json;charset=utf-8` name the same media type. */
export function mediaKey(mediaType: string): string {
  return mediaType.toLowerCase().replace(/\s+/g, '');
}

export function byMediaType(content: readonly MediaTypeSpec[]): Map<string, MediaTypeSpec> {
  return new Map(content.map((media) => [mediaKey(media.mediaType), media]));
}
