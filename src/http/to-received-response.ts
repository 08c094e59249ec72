import type { IncomingHttpHeaders } from 'node:http';
import type { DecodedBody } from './decode-body.ts';
import { jsonDeeperThan } from './json-depth.ts';
import type { ReceivedResponse } from './types.ts';

function normaliseHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const text = Array.isArray(value) ? value.join(', ') : value;
    out[key] = out[key] === undefined ? text : `${out[key]}, ${text}`;
  }
  return out;
}

/** Deeper bodies are not parsed: recursive validators and walkers downstream stay within the stack. */
export const MAX_JSON_DEPTH = 256;

/**
 * JSON is parsed whatever the Content-Type says: checks decide whether the type was right. A cut body or
 * one nested deeper than MAX_JSON_DEPTH is not parsed, and the reason says which limit it crossed.
 */
function parseJson(text: string, body: DecodedBody): ReceivedResponse['json'] {
  if (text.trim() === '') return undefined;
  if (body.truncated)
    return { ok: false, error: `body over the size limit, cut at ${body.bytes.length} bytes: not parsed` };
  if (jsonDeeperThan(text, MAX_JSON_DEPTH))
    return { ok: false, error: `nesting deeper than ${MAX_JSON_DEPTH} levels: not parsed` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Status, lower-cased headers and the (possibly cut) body decoded as UTF-8 (invalid bytes become U+FFFD). */
export function toReceivedResponse(
  status: number,
  headers: IncomingHttpHeaders,
  body: DecodedBody,
): ReceivedResponse {
  const bodyText = body.bytes.toString('utf8');
  const response: ReceivedResponse = {
    status,
    headers: normaliseHeaders(headers),
    bodyText,
    bodyBytes: body.bytes.length,
    truncated: body.truncated,
  };
  if (body.decodeError !== undefined) response.decodeError = body.decodeError;
  const json = parseJson(bodyText, body);
  if (json !== undefined) response.json = json;
  return response;
}
