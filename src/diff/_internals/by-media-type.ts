import { mediaTypeKey } from '../../core/media-type.ts';
import type { MediaTypeSpec } from '../../spec/types.ts';

/** A `content` map keyed so that the same media type written two ways pairs up across the two documents. */
export function byMediaType(content: readonly MediaTypeSpec[]): Map<string, MediaTypeSpec> {
  return new Map(content.map((media) => [mediaTypeKey(media.mediaType), media]));
}
