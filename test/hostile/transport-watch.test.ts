import { afterAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/http/create-http-client.ts';
import { throttleClient } from '../../src/http/throttle-client.ts';
import { createTransportWatch, type TransportVerdict } from '../../src/http/transport-watch.ts';
import { watchTransport } from '../../src/http/watch-transport.ts';
import type { HttpClient } from '../../src/http/types.ts';
import { makeCase } from '../http/helpers.ts';
import { startHostileServer, type HostileBehaviour, type HostileServer } from './servers.ts';

// Servers that never answer or trickle are judged at the client's deadline, waited in real time: for them
// 400 ms, the least that stays reliable on a loaded machine. The others answer at once: for them a deadline
// they never reach, even on a loaded machine (it costs no time).
const DEADLINE_MS = 400;
const TIMEOUT_MS = 5000;
const ENDS_AT_DEADLINE = new Set<HostileBehaviour>(['neverAnswers', 'trickle']);
// Below the one second the rate-limiting server asks in `Retry-After`: its 429s come back at once, without a
// real wait (the throttle's waits are proven under fake timers in test/http/throttle-client.test.ts).
const MAX_WAIT_MS = 500;
const servers: HostileServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function clientFor(name: HostileBehaviour): Promise<HttpClient> {
  const server = await startHostileServer(name);
  servers.push(server);
  const client = createHttpClient({
    baseUrl: server.url,
    token: 't',
    timeoutMs: ENDS_AT_DEADLINE.has(name) ? DEADLINE_MS : TIMEOUT_MS,
    maxResponseBytes: 1024,
  });
  // As a run paces its client: Retry-After honoured, waits bounded.
  return throttleClient(client, { maxWaitMs: MAX_WAIT_MS });
}

/** Sends rounds of `concurrency` requests until the watch gives a verdict (at most `rounds`). */
async function runUntilVerdict(client: HttpClient, concurrency: number, rounds: number) {
  const watch = createTransportWatch();
  let verdict: TransportVerdict | undefined;
  for (let round = 0; round < rounds && verdict === undefined; round++) {
    const exchanges = await Promise.all(Array.from({ length: concurrency }, () => client.send(makeCase())));
    for (const exchange of exchanges) verdict ??= watch.observe(exchange);
  }
  await client.close();
  return verdict;
}

describe('transport health against hostile servers', () => {
  it.each<HostileBehaviour>(['neverAnswers', 'trickle', 'reset', 'garbage'])(
    '%s: the run learns the target is failing within one round of requests',
    async (name) => {
      const started = performance.now();
      const verdict = await runUntilVerdict(await clientFor(name), 8, 3);
      expect(verdict?.code).toBe('OAC_ERR_TARGET_FAILING');
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 2000);
    },
  );

  it('rateLimitEverything: the run learns the target is rate-limiting, in seconds', async () => {
    const started = performance.now();
    const verdict = await runUntilVerdict(await clientFor('rateLimitEverything'), 8, 3);
    expect(verdict?.code).toBe('OAC_ERR_RATE_LIMITED');
    expect(verdict?.message).toContain('the target is rate-limiting');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('ok: no verdict against a healthy server', async () => {
    expect(await runUntilVerdict(await clientFor('ok'), 8, 3)).toBeUndefined();
  });
});

describe('watchTransport', () => {
  it('tells the verdict once, and still returns every exchange', async () => {
    const verdicts: TransportVerdict[] = [];
    const client = watchTransport(await clientFor('reset'), (verdict) => verdicts.push(verdict), {
      maxConsecutiveFailures: 2,
    });
    const exchanges = [];
    for (let index = 0; index < 4; index++) exchanges.push(await client.send(makeCase()));
    await client.close();
    expect(exchanges.map((exchange) => exchange.error?.code)).toEqual(['reset', 'reset', 'reset', 'reset']);
    expect(verdicts.map((verdict) => verdict.code)).toEqual(['OAC_ERR_TARGET_FAILING']);
  });
});
