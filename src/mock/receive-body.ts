import type { IncomingMessage } from 'node:http';
import type { CompiledOperation, CompiledMedia } from '../schema/types.ts';
import { decodeJsonBody, type Decoded } from './decode-json-body.ts';
import type { FaultName } from './faults.ts';
import { declaredMediaFor } from '../core/media-type.ts';
import { problem } from './problem.ts';
import { readBody } from './read-body.ts';
import type { MockReply } from './types.ts';
import { validateBody } from './validate-body.ts';

export type Received =
  | { kind: 'body'; body: unknown }
  | { kind: 'reply'; reply: MockReply; closeConnection: boolean }
  | { kind: 'aborted' };

type RequestBodySpec = NonNullable<CompiledOperation['requestBody']>;
type Faults = ReadonlySet<FaultName>;

/**
 * An absent body is refused when the document requires one, or when its schema refuses even `{}`: a body
 * that must carry required properties cannot be left out.
 */
function bodyRequired(requestBody: RequestBodySpec, media: CompiledMedia | undefined): boolean {
  return requestBody.required || (media?.schema?.validate({}).length ?? 0) > 0;
}

function rejected(detail: string): Received {
  return { kind: 'reply', reply: problem(400, detail), closeConnection: false };
}

/** A decoded body, checked: absent where allowed, else valid against the schema of its media type. */
function checked(
  decoded: Decoded,
  requestBody: RequestBodySpec,
  media: CompiledMedia | undefined,
  faults: Faults,
): Received {
  if (!decoded.ok) return { kind: 'reply', reply: decoded.reply, closeConnection: false };
  if ('absent' in decoded) {
    if (!bodyRequired(requestBody, media)) return { kind: 'body', body: undefined };
    const types = requestBody.media.map((m) => m.mediaType).join(' or ');
    return rejected(`the request body is ${decoded.absent} (required: ${types})`);
  }
  if (media?.schema === undefined) return { kind: 'body', body: decoded.value };
  const verdict = validateBody(media.schema, decoded.value, faults);
  return verdict.ok
    ? { kind: 'body', body: verdict.body }
    : { kind: 'reply', reply: verdict.reply, closeConnection: false };
}

/** Reads, decodes and validates the body of a request whose operation declares one. */
export async function receiveBody(
  request: IncomingMessage,
  requestBody: RequestBodySpec,
  limits: { maxBodyBytes: number; faults: Faults },
): Promise<Received> {
  const read = await readBody(request, limits.maxBodyBytes);
  if (read.kind === 'aborted') return read;
  if (read.kind === 'too-large') {
    const reply = problem(400, `the request body is larger than ${read.limit} bytes`);
    return { kind: 'reply', reply, closeConnection: read.abandoned };
  }
  const contentType = request.headers['content-type'];
  const mediaTypes = requestBody.media.map((m) => m.mediaType);
  const decoded = decodeJsonBody(read.bytes, read.present, contentType, {
    mediaTypes,
    faults: limits.faults,
  });
  // The schema of the media type sent, or of the first one declared when the type is wrong but forgiven.
  return checked(
    decoded,
    requestBody,
    declaredMediaFor(requestBody.media, contentType) ?? requestBody.media[0],
    limits.faults,
  );
}
