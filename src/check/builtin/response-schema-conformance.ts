import { isJsonMediaType, mediaTypeOf } from '../../core/media-type.ts';
import type { Exchange, ReceivedResponse } from '../../http/types.ts';
import type { CompiledSchema } from '../../schema/types.ts';
import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { describeSchemaErrors } from '../_internals/describe-schema-errors.ts';
import { failed } from '../_internals/failed.ts';
import { formatEchoes } from '../_internals/format-echoes.ts';
import { noted } from '../_internals/noted.ts';
import { noResponse } from '../_internals/no-response.ts';
import { pickMedia } from '../_internals/pick-media.ts';
import type { Check, CheckContext, CheckOutcome } from '../types.ts';

/** Statuses that never carry a body. */
const BODYLESS = new Set([204, 205, 304]);

function validateBody(ctx: CheckContext, exchange: Exchange, schema: CompiledSchema): CheckOutcome {
  const response = exchange.response as ReceivedResponse;
  const { status } = response;
  if (response.json === undefined || !response.json.ok) {
    const actual = response.json === undefined ? 'an empty body' : `invalid JSON (${response.json.error})`;
    return failed(
      ctx,
      `${status} body is not JSON: ${actual}`,
      { expected: 'a JSON body', actual, status, excerpt: bodyExcerpt(ctx, response) },
      `${schema.pointer}:not-json`,
    );
  }
  const errors = schema.validate(response.json.value);
  if (errors.length === 0) return { status: 'passed' };
  if (formatEchoes(ctx.memory, exchange, response.json.value, errors))
    return noted(
      ctx,
      `${status} body shows values that break only a format, as the run sent them (formats are annotations unless a server asserts them): not judged`,
      exchange.case.title,
    );
  const paths = [...new Set(errors.map((error) => error.schemaPath))].sort();
  return failed(
    ctx,
    `${status} body does not match its schema: ${describeSchemaErrors(errors)}`,
    {
      expected: `a body valid against ${schema.pointer}`,
      actual: describeSchemaErrors(errors, 10),
      status,
      schemaErrors: errors,
      // Only on failure: redacting a whole body costs time on the hot path.
      excerpt: bodyExcerpt(ctx, response),
    },
    `${schema.pointer} ${paths.join(' ')}`,
  );
}

export const responseSchemaConformance: Check = {
  name: 'response_schema_conformance',
  severity: 'high',
  origin: 'schema',
  description:
    'A JSON response body parses and validates against the schema declared for its status and media type.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    if (response.truncated) return { status: 'skipped', why: 'body truncated' };
    // A 204, 205 or 304 has no body (RFC 9110): content declared there is a document finding, not the server's.
    if (response.bodyBytes === 0 && BODYLESS.has(response.status))
      return { status: 'skipped', why: 'no body' };
    const declared = ctx.operation.responseFor(response.status);
    if (declared === undefined) return { status: 'skipped', why: 'status not declared' };
    const media = pickMedia(declared, mediaTypeOf(response.headers['content-type']));
    if (media?.schema === undefined)
      return { status: 'skipped', why: 'no declared schema for this media type' };
    if (!isJsonMediaType(media.mediaType))
      return { status: 'skipped', why: `${media.mediaType} bodies are not validated` };
    return validateBody(ctx, exchange, media.schema);
  },
};
