import type { IncomingMessage } from 'node:http';

export type BodyRead =
  /** `present` is false when the request announced no body at all (no Content-Length, no Transfer-Encoding). */
  | { kind: 'read'; bytes: Buffer; present: boolean }
  /** More than the limit: the rest was drained unread (or, past DRAIN_FACTOR times the limit, abandoned). */
  | { kind: 'too-large'; limit: number; abandoned: boolean }
  /** The client went away or the stream broke: there is nobody to answer. */
  | { kind: 'aborted' };

/** Past this many times the limit the mock stops draining an oversize body and closes the connection. */
const DRAIN_FACTOR = 16;

function announcesBody(request: IncomingMessage): boolean {
  return (
    request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined
  );
}

/**
 * Reads at most `limit` bytes into memory. An oversize body is drained rather than cut off, so the client,
 * still sending, can read the 400 instead of a reset connection.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead): void => {
      request.removeAllListeners('data');
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      if (size > limit * DRAIN_FACTOR) finish({ kind: 'too-large', limit, abandoned: true });
    });
    request.on('end', () => {
      if (size > limit) finish({ kind: 'too-large', limit, abandoned: false });
      else finish({ kind: 'read', bytes: Buffer.concat(chunks), present: announcesBody(request) });
    });
    request.on('error', () => finish({ kind: 'aborted' }));
    request.on('aborted', () => finish({ kind: 'aborted' }));
    request.on('close', () => finish({ kind: 'aborted' }));
  });
}
