import { Client } from 'undici';
import { createConnectionPool, type ConnectionPool } from './connection-pool.ts';
import { performRequest, type RequestOutcome } from './perform-request.ts';
import { splitUrl } from './split-url.ts';
import { toWireRequest, type WireRequest } from './to-wire-request.ts';
import type { Exchange, HttpClient, HttpClientOptions } from './types.ts';

const DEFAULT_CONNECTIONS = 8;

type Outcome = Pick<Exchange, 'response' | 'error' | 'retriedAfterReset'>;

function clientOptions(timeoutMs: number): Client.Options {
  return { connectTimeout: timeoutMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, pipelining: 1 };
}

/** Only `response` or `error`: the status seen before a failure is already in the error's message. */
function toOutcome(outcome: RequestOutcome): Outcome {
  return 'response' in outcome ? { response: outcome.response } : { error: outcome.error };
}

/** Sends once on a new connection, closed afterwards. */
async function sendOnFreshConnection(
  origin: string,
  path: string,
  wire: WireRequest,
  limits: Parameters<typeof performRequest>[3],
): Promise<RequestOutcome> {
  const client = new Client(origin, clientOptions(limits.timeoutMs));
  try {
    return await performRequest(client, path, wire, limits);
  } finally {
    void client.destroy().catch(() => undefined);
  }
}

/**
 * An HTTP client over keep-alive connections, one pool per origin. Redirects are never followed (a 3xx is
 * an answer like any other, and the credentials go nowhere else). One deadline (`timeoutMs`) covers each
 * exchange: connect, headers and the whole body. A reused connection reset before any status is retried
 * once on a fresh one (`retriedAfterReset`). `send` never throws: failures come back as `exchange.error`.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const pools = new Map<string, ConnectionPool>();
  const poolFor = (origin: string): ConnectionPool => {
    let pool = pools.get(origin);
    if (pool === undefined) {
      const size = options.connections ?? DEFAULT_CONNECTIONS;
      pool = createConnectionPool(origin, clientOptions(options.timeoutMs), size);
      pools.set(origin, pool);
    }
    return pool;
  };
  const dispatch = async (wire: WireRequest, caseId: string, started: number): Promise<Outcome> => {
    const target = splitUrl(wire.url);
    if (target === undefined) return { error: { code: 'other', message: `not an http(s) URL: ${wire.url}` } };
    const lease = await poolFor(target.origin).acquire();
    // performRequest never throws: the lease always comes back.
    const first = await performRequest(lease.dispatcher, target.path, wire, options);
    // A timed-out connection may still hold the late answer: never lend it again.
    if ('error' in first && first.error.code === 'timeout') lease.discard();
    else lease.release('response' in first, caseId);
    const budgetMs = options.timeoutMs - (performance.now() - started);
    const stale =
      lease.reused && 'error' in first && first.error.code === 'reset' && first.status === undefined;
    if (!stale || budgetMs <= 0) return toOutcome(first);
    const retry = await sendOnFreshConnection(target.origin, target.path, wire, { ...options, budgetMs });
    const previous = lease.previous === undefined ? {} : { previousCaseId: lease.previous };
    return { ...toOutcome(retry), retriedAfterReset: { error: first.error, ...previous } };
  };
  return {
    async send(requestCase): Promise<Exchange> {
      const { wire, recorded } = toWireRequest(requestCase, options);
      const started = performance.now();
      const outcome = await dispatch(wire, requestCase.id, started).catch((error: unknown): Outcome => ({
        error: { code: 'other', message: error instanceof Error ? error.message : String(error) },
      }));
      return { case: requestCase, request: recorded, ...outcome, durationMs: performance.now() - started };
    },
    async close(): Promise<void> {
      const closing = [...pools.values()].map((pool) => pool.destroy());
      pools.clear();
      await Promise.allSettled(closing);
    },
  };
}
