import type { Operation, ResponseSpec } from '../../../spec/types.ts';
import { diffSchemas, type DiffContext } from '../diff-context.ts';
import { byMediaType } from '../by-media-type.ts';
import { diffResponseHeaders } from './diff-response-headers.ts';

/** `2xx` and `2XX` are the same range. */
const byStatus = (responses: readonly ResponseSpec[]): Map<string, ResponseSpec> =>
  new Map(responses.map((response) => [response.status.toUpperCase(), response]));

function diffContent(context: DiffContext, status: string, base: ResponseSpec, head: ResponseSpec): void {
  const [before, after] = [byMediaType(base.content), byMediaType(head.content)];
  for (const [key, media] of before) {
    const location = `response ${status} ${media.mediaType}`;
    const now = after.get(key);
    if (now === undefined)
      context.emit({
        code: 'response-media-type-removed',
        breaking: true,
        side: 'response',
        location,
        message: 'media type no longer sent',
      });
    else diffSchemas(context, 'response', location, media.schema, now.schema);
  }
  for (const [key, media] of after) {
    if (before.has(key)) continue;
    const location = `response ${status} ${media.mediaType}`;
    context.emit({
      code: 'response-media-type-added',
      breaking: false,
      side: 'response',
      location,
      message: 'media type added',
    });
  }
}

/** A status clients handle must stay declared; a new status is not breaking (clients have a default path). */
export function diffResponses(context: DiffContext, base: Operation, head: Operation): void {
  const [before, after] = [byStatus(base.responses), byStatus(head.responses)];
  for (const [status, response] of before) {
    const now = after.get(status);
    if (now === undefined) {
      const location = `response ${status}`;
      context.emit({
        code: 'response-status-removed',
        breaking: true,
        side: 'response',
        location,
        message: 'status no longer declared',
      });
      continue;
    }
    diffContent(context, status, response, now);
    diffResponseHeaders(context, status, response, now);
  }
  for (const status of after.keys()) {
    if (before.has(status)) continue;
    context.emit({
      code: 'response-status-added',
      breaking: false,
      side: 'response',
      location: `response ${status}`,
      message: 'status added',
    });
  }
}
