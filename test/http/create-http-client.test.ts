import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/http/create-http-client.ts';
import type { HttpClient, HttpClientOptions } from '../../src/http/types.ts';
import { makeCase, startRawServer, startServer, type ReceivedRequest, type TestServer } from './helpers.ts';

const TOKEN = 'fk-Secr3tT0ken_value.abcXYZ';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track(server: TestServer): TestServer {
  cleanups.push(() => server.close());
  return server;
}

function clientFor(baseUrl: string, overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const client = createHttpClient({
    baseUrl,
    token: TOKEN,
    timeoutMs: 2000,
    maxResponseBytes: 1024 * 1024,
    ...overrides,
  });
  cleanups.push(() => client.close());
  return client;
}

describe('createHttpClient: requests', () => {
  it('sends encoded path parameters, headers, cookies and the body as the server sees them', async () => {
    const received: ReceivedRequest[] = [];
    const server = track(await startServer((_req, res) => res.writeHead(201).end('{"ok":true}'), received));
    const requestCase = makeCase({
      pathTemplate: '/a/{id}',
      pathParams: { id: 'a/b%c d é😀?#' },
      query: { tag: ['x', 'y'] },
      cookies: { c: 'v' },
    });
    const exchange = await clientFor(server.url).send(requestCase);
    expect(exchange.response?.status).toBe(201);
    expect(exchange.response?.json).toEqual({ ok: true, value: { ok: true } });
    expect(received[0]?.url).toBe('/a/a%2Fb%25c%20d%20%C3%A9%F0%9F%98%80%3F%23?tag=x&tag=y');
    expect(received[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(received[0]?.headers.cookie).toBe('c=v');
    expect(received[0]?.body).toBe('{"name":"x"}');
    expect(exchange.durationMs).toBeGreaterThan(0);
    expect(JSON.stringify(exchange.request)).not.toContain(TOKEN);
  });

  it('sends each auth variant and no Content-Type for a raw body without one', async () => {
    const received: ReceivedRequest[] = [];
    const server = track(await startServer((_req, res) => res.writeHead(401).end(), received));
    const client = clientFor(server.url);
    await client.send(makeCase({ auth: 'none', body: { kind: 'raw', text: '{', note: 'bad json' } }));
    await client.send(makeCase({ auth: 'scheme-uppercase' }));
    await client.send(makeCase({ auth: 'garbled' }));
    expect(received[0]?.headers.authorization).toBeUndefined();
    expect(received[0]?.headers['content-type']).toBeUndefined();
    expect(received[0]?.body).toBe('{');
    expect(received[1]?.headers.authorization).toBe(`BEARER ${TOKEN}`);
    expect(received[2]?.headers.authorization).not.toContain(TOKEN);
  });

  it('lower-cases response headers, joins repeated ones, and never follows redirects', async () => {
    const received: ReceivedRequest[] = [];
    const server = track(
      await startServer((_req, res) => {
        res.setHeader('Set-Cookie', ['a=1', 'b=2']);
        res.setHeader('X-Mixed-Case', 'yes');
        res.writeHead(302, { Location: '/elsewhere' }).end();
      }, received),
    );
    const exchange = await clientFor(server.url).send(makeCase());
    expect(exchange.response?.status).toBe(302);
    expect(exchange.response?.headers.location).toBe('/elsewhere');
    expect(exchange.response?.headers['x-mixed-case']).toBe('yes');
    expect(exchange.response?.headers['set-cookie']).toBe('a=1, b=2');
    expect(exchange.response?.json).toBeUndefined();
    expect(received).toHaveLength(1);
  });

  it('keeps invalid JSON and invalid UTF-8 as data', async () => {
    const server = track(
      await startServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
      }),
    );
    const exchange = await clientFor(server.url).send(makeCase());
    expect(exchange.response?.bodyText).toBe('{\uFFFD\uFFFD}');
    expect(exchange.response?.bodyBytes).toBe(4);
    expect(exchange.response?.json?.ok).toBe(false);
  });
});

describe('createHttpClient: hostile servers', () => {
  it('times out on a server that never answers', async () => {
    const server = track(await startRawServer(() => undefined));
    const exchange = await clientFor(server.url, { timeoutMs: 200 }).send(makeCase());
    expect(exchange.response).toBeUndefined();
    expect(exchange.error?.code).toBe('timeout');
    expect(exchange.error?.message).toContain('before any status');
  });

  it('times out on a server that trickles its body', async () => {
    const server = track(
      await startServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('x'), 20);
        res.on('close', () => clearInterval(timer));
      }),
    );
    const exchange = await clientFor(server.url, { timeoutMs: 300 }).send(makeCase());
    expect(exchange.error?.code).toBe('timeout');
    expect(exchange.error?.message).toContain('after status 200');
  });

  it('caps a 50 MB body, keeps its first bytes, and stays usable', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const server = track(
      await startServer((req, res) => {
        if (req.url === '/small') return void res.writeHead(200).end('ok');
        res.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const pump = (): void => {
          while (sent < 50 && res.write(chunk)) sent++;
          if (sent >= 50) res.end();
          else res.once('drain', () => ((sent += 1), pump()));
        };
        pump();
      }),
    );
    const client = clientFor(server.url, { maxResponseBytes: 64 * 1024 });
    const exchange = await client.send(makeCase());
    expect(exchange.response?.status).toBe(200);
    expect(exchange.response?.truncated).toBe(true);
    expect(exchange.response?.bodyBytes).toBe(64 * 1024);
    expect(exchange.response?.bodyText).toBe('a'.repeat(64 * 1024));
    const next = await client.send(makeCase({ pathTemplate: '/small' }));
    expect(next.response?.bodyText).toBe('ok');
  });

  it('reports a socket destroyed mid-body as reset', async () => {
    const server = track(
      await startServer((_req, res) => {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('partial', () => res.destroy());
      }),
    );
    const exchange = await clientFor(server.url).send(makeCase());
    expect(exchange.response).toBeUndefined();
    expect(exchange.error?.code).toBe('reset');
    expect(exchange.error?.message).toContain('after status 200');
  });

  it('survives a content-length larger and smaller than the body', async () => {
    const short = track(
      await startRawServer((socket) => {
        socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n0123456789'));
      }),
    );
    const long = track(
      await startRawServer((socket) => {
        socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\n0123456789'));
      }),
    );
    const shortExchange = await clientFor(short.url).send(makeCase());
    expect(shortExchange.error?.code).toMatch(/reset|protocol/);
    const longExchange = await clientFor(long.url).send(makeCase());
    expect(longExchange.response?.bodyText).toBe('012');
  });

  it('reports garbage as a protocol error', async () => {
    const server = track(
      await startRawServer((socket) => socket.once('data', () => socket.end('garbage\r\n\r\n'))),
    );
    const exchange = await clientFor(server.url).send(makeCase());
    expect(exchange.error?.code).toBe('protocol');
  });

  it('reports a refused connection as connect', async () => {
    const server = await startServer(() => undefined);
    await server.close();
    const exchange = await clientFor(server.url).send(makeCase());
    expect(exchange.error?.code).toBe('connect');
  });

  it('reports an unusable base URL without throwing', async () => {
    const exchange = await clientFor('ftp://example.invalid').send(makeCase());
    expect(exchange.error?.code).toBe('other');
  });
});
