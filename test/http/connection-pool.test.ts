import { afterEach, describe, expect, it } from 'vitest';
import { createConnectionPool } from '../../src/http/connection-pool.ts';
import { startServer, type TestServer } from './helpers.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
});

describe('createConnectionPool', () => {
  it('lends at most `size` connections; the next caller waits for one to come back', async () => {
    server = await startServer((_req, res) => res.writeHead(200).end());
    const pool = createConnectionPool(server.url, {}, 2);
    const first = await pool.acquire();
    await pool.acquire();
    let third: Awaited<ReturnType<typeof pool.acquire>> | undefined;
    const waiting = pool.acquire().then((lease) => (third = lease));
    // No timer: a waiting caller is a pending promise, so letting the event loop turn a few times is enough.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(third).toBeUndefined();
    first.release(false);
    await waiting;
    expect(third?.dispatcher).toBe(first.dispatcher);
    await pool.destroy();
  });

  it('says a connection is reused once it carried a complete answer, and names that answer', async () => {
    server = await startServer((_req, res) => res.writeHead(200).end('ok'));
    const pool = createConnectionPool(server.url, {}, 1);
    const fresh = await pool.acquire();
    expect(fresh.reused).toBe(false);
    const answer = await fresh.dispatcher.request({ path: '/', method: 'GET' });
    await answer.body.text();
    fresh.release(true, 'case-1');
    const again = await pool.acquire();
    expect(again.reused).toBe(true);
    expect(again.previous).toBe('case-1');
    again.release(false);
    await pool.destroy();
  });
});

describe('createConnectionPool: discard', () => {
  it('replaces a discarded connection with a new one, handed to the next caller', async () => {
    server = await startServer((_req, res) => res.writeHead(200).end());
    const pool = createConnectionPool(server.url, {}, 1);
    const first = await pool.acquire();
    const waiting = pool.acquire();
    first.discard();
    const next = await waiting;
    expect(next.dispatcher).not.toBe(first.dispatcher);
    expect(next.reused).toBe(false);
    const answer = await next.dispatcher.request({ path: '/', method: 'GET' });
    expect(answer.statusCode).toBe(200);
    await answer.body.text();
    next.release(true);
    await pool.destroy();
  });
});
