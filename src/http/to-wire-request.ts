import type { RequestBody, RequestCase } from '../generate/types.ts';
import { credentialsFor } from './authorization.ts';
import { buildTarget } from './build-target.ts';
import { percentEncode } from '../core/percent-encode.ts';
import { withCredentials } from './with-credentials.ts';
import { withoutCredentialPlaces } from './without-credential-places.ts';
import type { HttpClientOptions, SentRequest } from './types.ts';

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function bodyText(body: RequestBody): string | undefined {
  if (body.kind === 'none') return undefined;
  if (body.kind === 'raw') return body.text;
  try {
    return JSON.stringify(body.value) ?? 'null';
  } catch {
    // A BigInt or a cycle: not JSON; send what a naive client would.
    return String(body.value);
  }
}

function withoutHeader(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== name));
}

/** Case headers, with Content-Type exactly as the case says (a raw body carries its own) and cookies. */
function caseHeaders(requestCase: RequestCase): Record<string, string> {
  let headers = requestCase.headers;
  const { body } = requestCase;
  if (body.kind === 'raw') {
    headers = withoutHeader(headers, 'content-type');
    if (body.contentType !== undefined) headers['content-type'] = body.contentType;
  }
  const cookies = Object.entries(requestCase.cookies).map(
    ([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`,
  );
  if (cookies.length > 0) headers = { ...withoutHeader(headers, 'cookie'), cookie: cookies.join('; ') };
  return headers;
}

/**
 * Turns a case into the request to send (`wire`, with real credentials) and the request to record
 * (`recorded`, credentials only as placeholders: `$CONTRACT_TOKEN`, `$CONTRACT_AUTH_<SCHEME>`...), each
 * credential where its security scheme puts it. Never throws.
 */
export function toWireRequest(
  given: RequestCase,
  options: HttpClientOptions,
): { wire: WireRequest; recorded: SentRequest } {
  const requestCase = withoutCredentialPlaces(given);
  const method = requestCase.method.toUpperCase();
  const url = buildTarget(options.baseUrl, requestCase);
  const headers = caseHeaders(requestCase);
  const credentials = credentialsFor(requestCase, options);
  const body = bodyText(requestCase.body);
  const wire: WireRequest = { method, ...withCredentials({ url, headers }, credentials, false) };
  const recorded: SentRequest = {
    method,
    ...withCredentials({ url, headers }, credentials, true),
    bodyBytes: body === undefined ? 0 : Buffer.byteLength(body, 'utf8'),
  };
  if (body !== undefined) {
    wire.body = body;
    recorded.bodyText = body;
  }
  return { wire, recorded };
}
