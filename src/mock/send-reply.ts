import type { ServerResponse } from 'node:http';
import type { MockReply } from './types.ts';

/** Writes a reply as JSON. Never throws: a client that is gone simply gets nothing. */
export function sendReply(response: ServerResponse, reply: MockReply, closeConnection = false): void {
  if (response.headersSent || response.destroyed) return;
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    // Created keys carry one-time secrets: no cache may keep them.
    'cache-control': 'no-store',
    ...(closeConnection ? { connection: 'close' } : {}),
    ...reply.headers,
  });
  response.end(text);
}
