import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleClient, type ThrottleEvent, type ThrottleOptions } from '../../src/http/throttle-client.ts';
import type { Exchange, HttpClient } from '../../src/http/types.ts';
import { makeCase } from './helpers.ts';

// A whole second, so that an HTTP-date (second resolution) names an exact wait.
const T0 = Date.parse('2026-01-01T00:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

type Answer = { status: number; headers?: Record<string, string> } | 'transport-error';

/** A client without sockets: answers from `script` in turn (the last one forever), noting when each send came. */
function stubClient(script: Answer[]): HttpClient & { sentAt: number[]; closed: boolean } {
  const stub = {
    sentAt: [] as number[],
    closed: false,
    send(requestCase: Exchange['case']): Promise<Exchange> {
      const answer = script[Math.min(stub.sentAt.length, script.length - 1)] ?? { status: 200 };
      stub.sentAt.push(Date.now() - T0);
      const request = { method: 'GET', url: 'http://127.0.0.1/x', headers: {}, bodyBytes: 0 };
      if (answer === 'transport-error')
        return Promise.resolve({
          case: requestCase,
          request,
          error: { code: 'reset', message: 'reset' },
          durationMs: 1,
        });
      const response = {
        status: answer.status,
        headers: answer.headers ?? {},
        bodyText: '',
        bodyBytes: 0,
        truncated: false,
      };
      return Promise.resolve({ case: requestCase, request, response, durationMs: 1 });
    },
    close(): Promise<void> {
      stub.closed = true;
      return Promise.resolve();
    },
  };
  return stub;
}

/** Sends one request through a throttled stub and lets all the fake time it asks for pass. */
async function sendThrough(script: Answer[], options: Partial<ThrottleOptions> = {}) {
  const stub = stubClient(script);
  const events: ThrottleEvent[] = [];
  const client = throttleClient(stub, {
    maxWaitMs: 60_000,
    onThrottle: (event) => events.push(event),
    ...options,
  });
  const sent = client.send(makeCase());
  await vi.runAllTimersAsync();
  const exchange = await sent;
  return { exchange, events, sentAt: stub.sentAt, stub, client };
}

const tooMany = (retryAfter?: string): Answer => ({
  status: 429,
  headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter },
});

describe('throttleClient: 429 Too Many Requests', () => {
  it('waits exactly the seconds Retry-After asks, then sends again and returns that answer', async () => {
    const stub = stubClient([tooMany('2'), { status: 201 }]);
    const client = throttleClient(stub, { maxWaitMs: 60_000 });
    const sent = client.send(makeCase());
    await vi.advanceTimersByTimeAsync(1999);
    expect(stub.sentAt).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(stub.sentAt).toEqual([0, 2000]);
    expect((await sent).response?.status).toBe(201);
  });

  it('reads Retry-After as an HTTP date, counted from now', async () => {
    const { exchange, events, sentAt } = await sendThrough([
      tooMany(new Date(T0 + 3000).toUTCString()),
      { status: 201 },
    ]);
    expect(sentAt).toEqual([0, 3000]);
    expect(exchange.response?.status).toBe(201);
    expect(events).toEqual([{ kind: 'retried', waitMs: 3000, retryAfter: true }]);
  });

  it('retries at once on Retry-After 0 or a date in the past', async () => {
    const past = new Date(T0 - 60_000).toUTCString();
    const { events, sentAt } = await sendThrough([tooMany('0'), tooMany(past), { status: 200 }]);
    expect(sentAt).toEqual([0, 0, 0]);
    expect(events).toEqual([
      { kind: 'retried', waitMs: 0, retryAfter: true },
      { kind: 'retried', waitMs: 0, retryAfter: true },
    ]);
  });

  it('backs off 1 s, 2 s, 4 s without Retry-After, then gives up after maxRetries and returns the 429', async () => {
    const { exchange, events, sentAt } = await sendThrough([tooMany()]);
    expect(sentAt).toEqual([0, 1000, 3000, 7000]);
    expect(exchange.response?.status).toBe(429);
    expect(events).toEqual([
      { kind: 'retried', waitMs: 1000, retryAfter: false },
      { kind: 'retried', waitMs: 2000, retryAfter: false },
      { kind: 'retried', waitMs: 4000, retryAfter: false },
      { kind: 'gave-up', reason: 'retries', waitMs: 8000 },
    ]);
  });

  it('honours a smaller maxRetries', async () => {
    const { events, sentAt } = await sendThrough([tooMany('1')], { maxRetries: 1 });
    expect(sentAt).toEqual([0, 1000]);
    expect(events.map((event) => event.kind)).toEqual(['retried', 'gave-up']);
  });

  it('gives up at once when Retry-After asks more than maxWaitMs: the 429 is the answer', async () => {
    const { exchange, events, sentAt } = await sendThrough([tooMany('3600')], { maxWaitMs: 2000 });
    expect(sentAt).toEqual([0]);
    expect(exchange.response?.status).toBe(429);
    expect(events).toEqual([{ kind: 'gave-up', reason: 'wait', waitMs: 3_600_000 }]);
  });

  it('bounds the total wait of one request by maxWaitMs', async () => {
    const { events, sentAt } = await sendThrough([tooMany()], { maxWaitMs: 2500 });
    // 1 s fits; 1 s + 2 s would not.
    expect(sentAt).toEqual([0, 1000]);
    expect(events).toEqual([
      { kind: 'retried', waitMs: 1000, retryAfter: false },
      { kind: 'gave-up', reason: 'wait', waitMs: 2000 },
    ]);
  });

  it('returns other answers and transport errors untouched, without waiting', async () => {
    for (const answer of [{ status: 503, headers: { 'retry-after': '5' } }, 'transport-error'] as Answer[]) {
      const { exchange, events, sentAt } = await sendThrough([answer]);
      expect(sentAt).toEqual([0]);
      expect(events).toEqual([]);
      expect(exchange.response?.status ?? exchange.error?.code).toBe(
        answer === 'transport-error' ? 'reset' : 503,
      );
    }
  });

  it('closes the client it wraps', async () => {
    const { client, stub } = await sendThrough([{ status: 200 }]);
    await client.close();
    expect(stub.closed).toBe(true);
  });
});

describe('throttleClient: rate', () => {
  it('starts concurrent requests at 0, 1/rate, 2/rate ... seconds: no burst', async () => {
    const stub = stubClient([{ status: 200 }]);
    const client = throttleClient(stub, { rate: 5, maxWaitMs: 60_000 });
    const all = Promise.all(Array.from({ length: 6 }, () => client.send(makeCase())));
    await vi.runAllTimersAsync();
    await all;
    expect(stub.sentAt).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('paces retries with everything else', async () => {
    const stub = stubClient([tooMany('0'), { status: 200 }]);
    const client = throttleClient(stub, { rate: 10, maxWaitMs: 60_000 });
    const all = Promise.all([client.send(makeCase()), client.send(makeCase())]);
    await vi.runAllTimersAsync();
    await all;
    // The retry of the first request waits its turn behind the second one.
    expect(stub.sentAt).toEqual([0, 100, 200]);
  });
});
