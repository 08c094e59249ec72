import type { IncomingHttpHeaders } from 'node:http';
import type { CappedBody } from './read-capped-body.ts';
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

/** JSON is parsed whatever the Content-Type says: checks decide whether the type was right. */
function parseJson(text: string): ReceivedResponse['json'] {
  if (text.trim() === '') return undefined;
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
  body: CappedBody,
): ReceivedResponse {
  const bodyText = body.bytes.toString('utf8');
  const response: ReceivedResponse = {
    status,
    headers: normaliseHeaders(headers),
    bodyText,
    bodyBytes: body.bytes.length,
    truncated: body.truncated,
  };
  const json = parseJson(bodyText);
  if (json !== undefined) response.json = json;
  return response;
}
