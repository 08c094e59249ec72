import type { Operation, RequestBodySpec } from '../../../spec/types.ts';
import { diffSchemas, type DiffContext } from '../diff-context.ts';
import { byMediaType } from '../by-media-type.ts';

const LOCATION = 'request body';

function presence(context: DiffContext, base?: RequestBodySpec, head?: RequestBodySpec): void {
  if (base === undefined && head !== undefined) {
    const code = head.required ? 'request-body-added-required' : 'request-body-added';
    context.emit({
      code,
      breaking: head.required,
      side: 'request',
      location: LOCATION,
      message: `${head.required ? 'required' : 'optional'} body added`,
    });
  } else if (base !== undefined && head === undefined) {
    const message = 'body no longer declared (no longer read)';
    context.emit({
      code: 'request-body-removed',
      breaking: false,
      side: 'request',
      location: LOCATION,
      message,
    });
  } else if (base !== undefined && head !== undefined && base.required !== head.required) {
    const code = head.required ? 'request-body-became-required' : 'request-body-became-optional';
    context.emit({
      code,
      breaking: head.required,
      side: 'request',
      location: LOCATION,
      message: `${head.required ? 'now' : 'no longer'} required`,
    });
  }
}

/** A body made required or a media type dropped breaks clients; each shared media type's schema is compared. */
export function diffRequestBody(context: DiffContext, base: Operation, head: Operation): void {
  presence(context, base.requestBody, head.requestBody);
  if (base.requestBody === undefined || head.requestBody === undefined) return;
  const before = byMediaType(base.requestBody.content);
  const after = byMediaType(head.requestBody.content);
  for (const [key, media] of before) {
    const location = `${LOCATION} ${media.mediaType}`;
    const now = after.get(key);
    if (now === undefined)
      context.emit({
        code: 'request-media-type-removed',
        breaking: true,
        side: 'request',
        location,
        message: 'media type no longer accepted',
      });
    else diffSchemas(context, 'request', location, media.schema, now.schema);
  }
  for (const [key, media] of after) {
    if (before.has(key)) continue;
    const location = `${LOCATION} ${media.mediaType}`;
    context.emit({
      code: 'request-media-type-added',
      breaking: false,
      side: 'request',
      location,
      message: 'media type now accepted',
    });
  }
}
