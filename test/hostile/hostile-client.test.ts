import { afterAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/http/create-http-client.ts';
import type { Exchange } from '../../src/http/types.ts';
import { makeCase } from '../http/helpers.ts';
import {
  HOSTILE_BEHAVIOURS,
  startHostileServer,
  type HostileBehaviour,
  type HostileServer,
} from './servers.ts';

const TOKEN = 'fk-Hostile_T0ken.value-xyz';
// Behaviours that end only at the deadline (no answer, a trickle, endless 1xx, a body never read) wait it in
// real time: for them 400 ms, the least that stays reliable on a loaded machine (the trickle drips every 50 ms).
const DEADLINE_MS = 400;
// The others end by themselves, some after heavy work (bombs, floods): a deadline they never reach, even on a
// loaded machine, so that it costs no time and cannot turn their outcome into a timeout.
const TIMEOUT_MS = 5000;
const ENDS_AT_DEADLINE = new Set<HostileBehaviour>(['neverAnswers', 'trickle', 'endless1xx', 'neverReads']);
const CAP = 256 * 1024;
// Generous hang protection, not a timing assertion: the deadline plus two seconds.
const BOUND_MS = TIMEOUT_MS + 2000;

const servers: HostileServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function exchangeWith(
  name: HostileBehaviour,
  body = '{"name":"x"}',
): Promise<[Exchange, HostileServer]> {
  const server = await startHostileServer(name);
  servers.push(server);
  const client = createHttpClient({
    baseUrl: server.url,
    token: TOKEN,
    timeoutMs: ENDS_AT_DEADLINE.has(name) ? DEADLINE_MS : TIMEOUT_MS,
    maxResponseBytes: CAP,
  });
  try {
    const exchange = await client.send(
      makeCase({ body: { kind: 'raw', text: body, contentType: 'application/json', note: 'test body' } }),
    );
    return [exchange, server];
  } finally {
    await client.close();
  }
}

const transportError = (code: string) => (exchange: Exchange) => {
  expect(exchange.response).toBeUndefined();
  expect(exchange.error?.code).toBe(code);
};
const answer =
  (status: number, check: (response: NonNullable<Exchange['response']>) => void) => (exchange: Exchange) => {
    expect(exchange.error).toBeUndefined();
    expect(exchange.response?.status).toBe(status);
    if (exchange.response !== undefined) check(exchange.response);
  };
const cut = answer(200, (response) => {
  expect(response.truncated).toBe(true);
  expect(response.bodyBytes).toBe(CAP);
  expect(response.json).toEqual({
    ok: false,
    error: `body over the size limit, cut at ${CAP} bytes: not parsed`,
  });
});

const EXPECTED: Record<
  Exclude<HostileBehaviour, 'neverReads' | 'socketDestroyedAfterError' | 'socketClosedAfterError'>,
  (exchange: Exchange) => void
> = {
  ok: answer(200, (response) => expect(response.json).toEqual({ ok: true, value: { ok: true } })),
  trickle: (exchange) => {
    transportError('timeout')(exchange);
    expect(exchange.error?.message).toContain('after status 200');
  },
  deepJson: answer(200, (response) => {
    expect(response.truncated).toBe(false);
    expect(response.json).toEqual({ ok: false, error: 'nesting deeper than 256 levels: not parsed' });
  }),
  gzipBomb: cut,
  brotliBomb: cut,
  hugeBody: cut,
  endlessChunked: cut,
  resetMidBody: transportError('reset'),
  invalidUtf8: answer(200, (response) => {
    expect(response.bodyText).toBe('{"a":"\uFFFD\uFFFD"}');
    expect(response.json).toEqual({ ok: true, value: { a: '\uFFFD\uFFFD' } });
  }),
  invalidJson: answer(200, (response) => expect(response.json?.ok).toBe(false)),
  duplicateKeys: answer(200, (response) => expect(response.json).toEqual({ ok: true, value: { a: 2 } })),
  status999: answer(999, (response) => expect(response.bodyText).toBe('{}')),
  rateLimitEverything: answer(429, (response) => expect(response.headers['retry-after']).toBe('1')),
  wrongContentLengthShort: (exchange) => expect(exchange.error?.code).toMatch(/^(reset|protocol)$/),
  wrongContentLengthLong: answer(200, (response) => expect(response.bodyText).toBe('012')),
  bodyOn204: (exchange) => {
    transportError('protocol')(exchange);
    expect(exchange.error?.message).toContain('after status 204');
  },
  http10Close: answer(200, (response) => expect(response.json).toEqual({ ok: true, value: { ok: true } })),
  redirect: answer(307, (response) =>
    expect(response.headers.location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//),
  ),
  neverAnswers: transportError('timeout'),
  reset: transportError('reset'),
  emptyReply: transportError('reset'),
  garbage: transportError('protocol'),
  headerFlood: (exchange) => expect(exchange.error?.code).toMatch(/^(too-large|protocol)$/),
  endless1xx: transportError('timeout'),
};

describe('the http client against hostile servers', () => {
  it('covers every behaviour of the test bed', () => {
    const covered = [
      ...Object.keys(EXPECTED),
      'neverReads',
      'socketDestroyedAfterError',
      'socketClosedAfterError',
    ].sort();
    expect(covered).toEqual([...HOSTILE_BEHAVIOURS].sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s: bounded, a clear answer or transport error, token only to the target',
    async (name, expectation) => {
      const started = performance.now();
      const [exchange, server] = await exchangeWith(name as HostileBehaviour);
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
      expectation(exchange);
      expect(JSON.stringify(exchange)).not.toContain(TOKEN);
      const heads = server.received;
      expect(heads.length).toBeGreaterThan(0);
      for (const head of heads) {
        if (head.url.startsWith('elsewhere:')) throw new Error(`a request reached another host: ${head.url}`);
        expect(head.headers.authorization).toBe(`Bearer ${TOKEN}`);
      }
    },
  );

  it('neverReads: a large request body the server never reads ends at the deadline', async () => {
    const started = performance.now();
    const [exchange] = await exchangeWith('neverReads', `{"name":"${'x'.repeat(16 * 1024 * 1024)}"}`);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    transportError('timeout')(exchange);
  });
});
