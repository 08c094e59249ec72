import type { ServerResponse } from 'node:http';
import type { MockReply } from './types.ts';

/** A reply body of `undefined` (a 204) is sent as no content at all: no body, no Content-Type. */
function contentHeaders(reply: MockReply): { text: string; headers: Record<string, string | number> } {
  if (reply.body === undefined && reply.raw === undefined) return { text: '', headers: {} };
  const text = reply.raw ?? JSON.stringify(reply.body);
  return { text, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } };
}

/** Writes a reply as JSON. Never throws: a client that is gone simply gets nothing. */
export function sendReply(response: ServerResponse, reply: MockReply, closeConnection = false): void {
  if (response.headersSent || response.destroyed) return;
  const { text, headers } = contentHeaders(reply);
  response.writeHead(reply.status, {
    ...headers,
    // Created keys carry one-time secrets: no cache may keep them.
    'cache-control': 'no-store',
    ...(closeConnection ? { connection: 'close' } : {}),
    ...reply.headers,
  });
  response.end(text);
}
