import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { RequestCase } from '../../src/generate/types.ts';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A real node:http server on 127.0.0.1, port 0. Requests are recorded with their bodies read. */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse, body: string) => void,
  received: ReceivedRequest[] = [],
): Promise<TestServer> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      handler(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A raw TCP server for answers no HTTP library would send. */
export async function startRawServer(onSocket: (socket: Socket) => void): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function makeCase(overrides: Partial<RequestCase> = {}): RequestCase {
  return {
    id: 'op/positive/0',
    operationId: 'op',
    method: 'post',
    pathTemplate: '/items',
    pathParams: {},
    query: {},
    headers: { 'content-type': 'application/json' },
    cookies: {},
    auth: 'valid',
    body: { kind: 'json', value: { name: 'x' } },
    phase: 'positive',
    expect: 'accepted',
    title: 'a case',
    uniqueFields: [],
    tags: [],
    ...overrides,
  };
}
