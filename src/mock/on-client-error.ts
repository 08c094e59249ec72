import type { Duplex } from 'node:stream';

/**
 * Requests node cannot even parse (garbage request line, bad header bytes, oversize headers) get a JSON 400
 * (431 for headers too large) rather than node's bare default; a reset connection is simply dropped.
 */
export function onClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const title = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  const body = JSON.stringify({
    detail: `the request cannot be parsed as HTTP/1.1 (${error.code ?? 'error'})`,
    status,
    title,
  });
  const head = `HTTP/1.1 ${status} ${title}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n`;
  socket.end(head + body);
}
