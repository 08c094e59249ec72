import { escapePointerSegment } from '../../core/json-pointer.ts';
import type { MediaTypeSpec, SchemaObject } from '../types.ts';
import { asRecord, isRecord } from './is-record.ts';

export function asSchema(value: unknown): SchemaObject | undefined {
  return isRecord(value) || typeof value === 'boolean' ? value : undefined;
}

/** The media types of a `content` map; `pointer` is where the content map's owner stands. */
export function mapContent(content: unknown, ownerPointer: string): MediaTypeSpec[] {
  return Object.entries(asRecord(content)).map(([mediaType, media]) => {
    const schema = asSchema(asRecord(media).schema);
    const pointer = `${ownerPointer}/content/${escapePointerSegment(mediaType)}/schema`;
    return schema === undefined ? { mediaType, pointer } : { mediaType, schema, pointer };
  });
}
