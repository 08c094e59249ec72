import { isJsonMediaType, mediaTypeMatches } from '../../../core/media-type.ts';
import type { CompiledMedia, CompiledOperation, CompiledSchema } from '../../../schema/types.ts';

export interface JsonBody {
  mediaType: string;
  schema: CompiledSchema;
  required: boolean;
}

/** The operation's JSON request body with a schema, when it declares one. */
export function jsonBody(operation: CompiledOperation): JsonBody | undefined {
  const body = operation.requestBody;
  if (body === undefined) return undefined;
  const media = body.media.find(
    (entry): entry is CompiledMedia & { schema: CompiledSchema } =>
      isJsonMediaType(entry.mediaType) && entry.schema !== undefined,
  );
  return media && { mediaType: media.mediaType, schema: media.schema, required: body.required };
}

/** Whether the operation also takes this content type (then sending it is no fault). */
export function acceptsMediaType(operation: CompiledOperation, mediaType: string): boolean {
  return (operation.requestBody?.media ?? []).some((entry) => mediaTypeMatches(entry.mediaType, mediaType));
}
