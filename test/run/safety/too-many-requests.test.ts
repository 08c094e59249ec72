import type { ServerResponse } from 'node:http';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { executeCase } from '../../../src/run/execute-case.ts';
import { openSession, PINNED_SPEC } from '../../../src/run/open-session.ts';
import { planOperation } from '../../../src/run/plan-operation.ts';
import { readRunConfig } from '../../../src/run/run-config.ts';
import type { CaseOutcome, RunSession } from '../../../src/run/types.ts';
import { startServer, type ReceivedRequest, type TestServer } from '../../http/helpers.ts';
import { must } from './helpers.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const CREATED = JSON.stringify({
  apiKey: { id: 'key_1', value: 'fk_0123456789abcdef', fingerprint: '89abcdef', name: 'n' },
});

/** A target that answers the first `tooMany` POSTs with 429 and these headers, then 201. */
async function target(
  tooMany: number,
  headers: Record<string, string>,
): Promise<{ posts: ReceivedRequest[]; url: string }> {
  const received: ReceivedRequest[] = [];
  const answer = (
    response: ServerResponse,
    status: number,
    extra: Record<string, string>,
    body: string,
  ): void => {
    response.writeHead(status, { 'content-type': 'application/json', ...extra });
    response.end(body);
  };
  const server = await startServer((request, response) => {
    if (request.method !== 'POST') return answer(response, 404, {}, '{}');
    const posts = received.filter((entry) => entry.method === 'POST').length;
    if (posts <= tooMany) return answer(response, 429, headers, '{"title":"Too Many Requests"}');
    answer(response, 201, {}, CREATED);
  }, received);
  servers.push(server);
  return { posts: received, url: server.url };
}

async function sendOne(
  url: string,
  env: Record<string, string> = {},
): Promise<{ outcome: CaseOutcome; session: RunSession }> {
  const config = must(
    readRunConfig({
      CONTRACT_BASE_URL: url,
      CONTRACT_SPEC: PINNED_SPEC,
      CONTRACT_TOKEN: 'tok-0123456789',
      ...env,
    }),
  );
  const session = must(await openSession(config, url));
  const { plan } = must(planOperation(session, 'createServiceAccountApiKey'));
  const [requestCase] = fc.sample(plan.positive, { seed: 1, numRuns: 1 });
  if (requestCase === undefined) throw new Error('no case');
  const outcome = await executeCase(session, requestCase);
  await session.close();
  return { outcome, session };
}

const rateNotes = (session: RunSession): string[] =>
  session.recorder
    .results(session)
    .notes.map((note) => note.message)
    .filter((message) => message.startsWith('rate:'));

// The wiring of a run's client, through real sockets: the exact waits (Retry-After seconds and dates, backoff,
// bounds) are proven under fake timers in test/http/throttle-client.test.ts, so these ask for no wait at all.
describe('429 Too Many Requests and Retry-After', () => {
  it('waits as Retry-After asks, retries, and checks the answer that follows', async () => {
    const { posts, url } = await target(1, { 'retry-after': '0' });
    const { outcome, session } = await sendOne(url);
    expect(outcome.exchange.response?.status).toBe(201);
    expect(posts.filter((entry) => entry.method === 'POST')).toHaveLength(2);
    expect(rateNotes(session)).toEqual([
      'rate: 1 answer(s) 429 Too Many Requests; waited as Retry-After asked (or backed off) and retried',
    ]);
  });

  it('reads Retry-After as an HTTP date (one in the past: retry at once)', async () => {
    const { posts, url } = await target(1, { 'retry-after': new Date(Date.now() - 60_000).toUTCString() });
    const { outcome } = await sendOne(url);
    expect(outcome.exchange.response?.status).toBe(201);
    expect(posts.filter((entry) => entry.method === 'POST')).toHaveLength(2);
  });

  it('keeps the 429 as the answer when Retry-After asks for more than the request timeout', async () => {
    const { posts, url } = await target(5, { 'retry-after': '3600' });
    const { outcome, session } = await sendOne(url, { CONTRACT_TIMEOUT_MS: '2000' });
    expect(outcome.exchange.response?.status).toBe(429);
    expect(posts.filter((entry) => entry.method === 'POST')).toHaveLength(1);
    expect(rateNotes(session)).toEqual([
      'rate: 1 request(s) answered 429 asking a wait beyond 2000 ms (CONTRACT_TIMEOUT_MS); the 429 was checked as the answer',
    ]);
  });

  it('gives up after a bounded number of retries on a server that always says 429', async () => {
    const { posts, url } = await target(Number.POSITIVE_INFINITY, { 'retry-after': '0' });
    const { outcome, session } = await sendOne(url);
    expect(outcome.exchange.response?.status).toBe(429);
    expect(posts.filter((entry) => entry.method === 'POST')).toHaveLength(4);
    expect(rateNotes(session)).toEqual([
      'rate: 3 answer(s) 429 Too Many Requests; waited as Retry-After asked (or backed off) and retried',
      'rate: 1 request(s) still answered 429 after every retry; the 429 was checked as the answer',
    ]);
  });
});
