import { mediaTypeOf } from '../../core/media-type.ts';
import type { ReceivedResponse } from '../../http/types.ts';
import type { CompiledSchema } from '../../schema/types.ts';
import type { CheckContext } from '../types.ts';
import { pickMedia } from './pick-media.ts';

/** The compiled schema declared for a response's status and media type, if any. */
export function responseSchemaOf(ctx: CheckContext, response: ReceivedResponse): CompiledSchema | undefined {
  const declared = ctx.operation.responseFor(response.status);
  if (declared === undefined) return undefined;
  return pickMedia(declared, mediaTypeOf(response.headers['content-type']))?.schema;
}
