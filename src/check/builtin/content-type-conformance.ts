import { mediaTypeMatches, mediaTypeOf } from '../../core/media-type.ts';
import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { failed } from '../_internals/failed.ts';
import { noResponse } from '../_internals/no-response.ts';
import type { Check } from '../types.ts';

/** Statuses that never carry a body. */
const BODILESS = new Set([204, 304]);

export const contentTypeConformance: Check = {
  name: 'content_type_conformance',
  severity: 'medium',
  origin: 'schema',
  description: 'When the declared response has content, the Content-Type is one of its declared media types.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    const declared = ctx.operation.responseFor(response.status);
    if (declared === undefined) return { status: 'skipped', why: 'status not declared' };
    if (declared.media.length === 0) return { status: 'skipped', why: 'no content declared for this status' };
    if (BODILESS.has(response.status) || exchange.request.method === 'HEAD')
      return { status: 'skipped', why: 'no body' };
    const actual = mediaTypeOf(response.headers['content-type']);
    if (actual === undefined && response.bodyBytes === 0) return { status: 'skipped', why: 'empty body' };
    if (actual !== undefined && declared.media.some((media) => mediaTypeMatches(media.mediaType, actual))) {
      return { status: 'passed' };
    }
    const expected = declared.media.map((media) => media.mediaType).join(', ');
    // Shown as sent, not lower-cased: a transformed secret would slip past the redactor.
    const shown = response.headers['content-type']?.split(';')[0]?.trim() || '(none)';
    return failed(
      ctx,
      `${response.status} answered with ${shown === '(none)' ? 'no Content-Type' : `Content-Type ${shown}`}, declared: ${expected}`,
      { expected, actual: shown, status: response.status, excerpt: bodyExcerpt(ctx, response) },
      `${response.status}:${shown}`,
    );
  },
};
