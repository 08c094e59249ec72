import { createRateLimiter } from './rate-limiter.ts';
import { retryAfterMs } from './retry-after.ts';
import type { Exchange, HttpClient } from './types.ts';

/** What the client did about a `429 Too Many Requests`. */
export type ThrottleEvent =
  /** Waited `waitMs` (as `Retry-After` asked, or a backoff without one) and sent the request again. */
  | { kind: 'retried'; waitMs: number; retryAfter: boolean }
  /** Kept the 429 as the answer: after `maxRetries` retries, or because the wait would exceed `maxWaitMs`. */
  | { kind: 'gave-up'; reason: 'retries' | 'wait'; waitMs: number };

export interface ThrottleOptions {
  /** Requests per second for everything the client sends, retries included; undefined: unlimited. */
  rate?: number;
  /** Retries of one request answered 429 (default 3). */
  maxRetries?: number;
  /** Longest total wait one request may spend on 429s; beyond it the 429 is the answer. */
  maxWaitMs: number;
  onThrottle?: (event: ThrottleEvent) => void;
}

const DEFAULT_MAX_RETRIES = 3;
/** Without `Retry-After`: 1 s, then 2 s, 4 s... (still bounded by `maxWaitMs`). */
const BACKOFF_MS = 1000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function waitFor(exchange: Exchange, attempt: number): { waitMs: number; retryAfter: boolean } {
  const asked = retryAfterMs(exchange.response?.headers['retry-after']);
  return asked === undefined
    ? { waitMs: BACKOFF_MS * 2 ** attempt, retryAfter: false }
    : { waitMs: asked, retryAfter: true };
}

/**
 * The client, paced to `rate` requests per second (one token bucket for all its requests, so concurrency
 * cannot exceed it) and honouring `429` + `Retry-After` by waiting and retrying a bounded number of times
 * within a bounded total wait: it never hangs, and a 429 it gives up on is returned as the answer.
 */
export function throttleClient(client: HttpClient, options: ThrottleOptions): HttpClient {
  const limiter = options.rate === undefined ? undefined : createRateLimiter(options.rate);
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const report = options.onThrottle ?? ((): void => undefined);
  return {
    async send(requestCase): Promise<Exchange> {
      let waited = 0;
      for (let attempt = 0; ; attempt++) {
        await limiter?.acquire();
        const exchange = await client.send(requestCase);
        if (exchange.response?.status !== 429) return exchange;
        const { waitMs, retryAfter } = waitFor(exchange, attempt);
        const giveUp =
          attempt >= maxRetries ? 'retries' : waited + waitMs > options.maxWaitMs ? 'wait' : undefined;
        if (giveUp !== undefined) {
          report({ kind: 'gave-up', reason: giveUp, waitMs });
          return exchange;
        }
        report({ kind: 'retried', waitMs, retryAfter });
        await sleep(waitMs);
        waited += waitMs;
      }
    },
    close: () => client.close(),
  };
}
