import { Pool } from 'undici';
import { performRequest, type RequestOutcome } from './perform-request.ts';
import { splitUrl } from './split-url.ts';
import { toWireRequest } from './to-wire-request.ts';
import type { Exchange, HttpClient, HttpClientOptions } from './types.ts';

const DEFAULT_CONNECTIONS = 8;

/**
 * An HTTP client over one keep-alive undici Pool per origin. Redirects are never followed (a 3xx is an
 * answer like any other). `send` never throws: transport failures come back as `exchange.error`.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const pools = new Map<string, Pool>();
  const poolFor = (origin: string): Pool => {
    let pool = pools.get(origin);
    if (pool === undefined) {
      pool = new Pool(origin, {
        connections: options.connections ?? DEFAULT_CONNECTIONS,
        connectTimeout: options.timeoutMs,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      });
      pools.set(origin, pool);
    }
    return pool;
  };
  const dispatch = async (
    url: string,
    wire: Parameters<typeof performRequest>[2],
  ): Promise<RequestOutcome> => {
    const target = splitUrl(url);
    if (target === undefined) return { error: { code: 'other', message: `not an http(s) URL: ${url}` } };
    try {
      return await performRequest(poolFor(target.origin), target.path, wire, options);
    } catch (error) {
      return { error: { code: 'other', message: error instanceof Error ? error.message : String(error) } };
    }
  };
  return {
    async send(requestCase): Promise<Exchange> {
      const { wire, recorded } = toWireRequest(requestCase, options);
      const started = performance.now();
      const outcome = await dispatch(wire.url, wire);
      return { case: requestCase, request: recorded, ...outcome, durationMs: performance.now() - started };
    },
    async close(): Promise<void> {
      const closing = [...pools.values()].map((pool) => pool.destroy());
      pools.clear();
      await Promise.allSettled(closing);
    },
  };
}
