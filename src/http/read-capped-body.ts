import type { Readable } from 'node:stream';

export interface CappedBody {
  bytes: Buffer;
  truncated: boolean;
}

/**
 * Reads a response body up to `maxBytes`. Beyond that it stops, keeps the first bytes and destroys the
 * stream (the connection is dropped rather than drained). The stream is always consumed or destroyed.
 */
export async function readCappedBody(body: Readable, maxBytes: number): Promise<CappedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of body as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (size + buffer.length > maxBytes) {
        chunks.push(buffer.subarray(0, maxBytes - size));
        size = maxBytes;
        truncated = true;
        break;
      }
      chunks.push(buffer);
      size += buffer.length;
    }
  } finally {
    if (!body.destroyed && (truncated || !body.readableEnded)) body.destroy();
  }
  return { bytes: Buffer.concat(chunks, size), truncated };
}
