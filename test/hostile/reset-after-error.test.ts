import { afterAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/http/create-http-client.ts';
import type { Exchange } from '../../src/http/types.ts';
import { makeCase } from '../http/helpers.ts';
import { startHostileServer, type HostileBehaviour, type HostileServer } from './servers.ts';

const servers: HostileServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** The server (closed after the tests) and a client of it. */
async function serverAndClient(name: HostileBehaviour, connections?: number) {
  const server = await startHostileServer(name);
  servers.push(server);
  const options = { baseUrl: server.url, token: 't', timeoutMs: 2000, maxResponseBytes: 1024 };
  return {
    server,
    client: createHttpClient(connections === undefined ? options : { ...options, connections }),
  };
}

/** Sends good, bad, good, bad... one after another over one keep-alive connection. */
async function alternate(name: HostileBehaviour, count: number): Promise<[Exchange[], HostileServer]> {
  const { server, client } = await serverAndClient(name, 1);
  const exchanges: Exchange[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const pathTemplate = index % 2 === 0 ? `/good/${index}` : `/bad/${index}`;
      exchanges.push(await client.send(makeCase({ pathTemplate, id: `case-${index}` })));
    }
  } finally {
    await client.close();
  }
  return [exchanges, server];
}

describe('a server that drops its keep-alive socket after an error answer', () => {
  it('never blames the innocent next request: it is retried once on a fresh connection', async () => {
    const [exchanges, server] = await alternate('socketDestroyedAfterError', 8);
    expect(exchanges.map((exchange) => exchange.error)).toEqual(Array(8).fill(undefined));
    expect(exchanges.map((exchange) => exchange.response?.status)).toEqual([
      200, 400, 200, 400, 200, 400, 200, 400,
    ]);
    const retried = exchanges.map((exchange) => exchange.retriedAfterReset?.error.code);
    expect(retried).toEqual([
      undefined,
      undefined,
      'reset',
      undefined,
      'reset',
      undefined,
      'reset',
      undefined,
    ]);
    // Each retried request reached the server twice (the dropped attempt, the retry); no other did.
    expect(server.received.map((head) => head.url)).toEqual([
      '/good/0',
      '/bad/1',
      '/good/2',
      '/good/2',
      '/bad/3',
      '/good/4',
      '/good/4',
      '/bad/5',
      '/good/6',
      '/good/6',
      '/bad/7',
    ]);
  });

  it('also when the socket is destroyed right after the answer', async () => {
    const [exchanges] = await alternate('socketClosedAfterError', 8);
    expect(exchanges.map((exchange) => exchange.error)).toEqual(Array(8).fill(undefined));
    expect(exchanges.map((exchange) => exchange.response?.status)).toEqual([
      200, 400, 200, 400, 200, 400, 200, 400,
    ]);
  });

  it('does not resend a request whose fresh connection was reset: the server saw it once', async () => {
    const { server, client } = await serverAndClient('reset');
    try {
      const first = await client.send(makeCase());
      const second = await client.send(makeCase());
      expect([first.error?.code, second.error?.code]).toEqual(['reset', 'reset']);
      expect(first.retriedAfterReset).toBeUndefined();
      expect(second.retriedAfterReset).toBeUndefined();
      expect(server.received).toHaveLength(2);
    } finally {
      await client.close();
    }
  });
});
