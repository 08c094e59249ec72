import type { ErrorCode } from '../core/errors.ts';
import type { Exchange } from './types.ts';

export interface TransportWatchOptions {
  /** Exchanges in a row without an answer (time-out, reset, refused, garbage) that end the run. */
  maxConsecutiveFailures?: number;
  /** Answers in a row that are 429 (after the client's own `Retry-After` waits) that end the run. */
  maxRateLimited?: number;
}

/** Why the run should stop: the target cannot be judged. */
export interface TransportVerdict {
  code: Extract<ErrorCode, 'OAC_ERR_TARGET_FAILING' | 'OAC_ERR_RATE_LIMITED'>;
  message: string;
}

/** What the watch reads of an exchange (`request` optional, for tests). */
export type WatchedExchange = Pick<Exchange, 'response' | 'error'> & Partial<Pick<Exchange, 'request'>>;

export interface TransportWatch {
  /** Feeds one finished exchange; returns a verdict once the target is judged unusable, then every time. */
  observe(exchange: WatchedExchange): TransportVerdict | undefined;
  /** Takes back a "failing" verdict and its streak: the target answered another request since. */
  forgive(): void;
}

export const DEFAULT_MAX_CONSECUTIVE_FAILURES = 5;
export const DEFAULT_MAX_RATE_LIMITED = 5;

/** A server may refuse a body this large by dropping the connection: such a failure says nothing of health. */
const LARGE_REQUEST_BYTES = 64 * 1024;

/**
 * Watches the health of the target as exchanges finish. Any answer that is not 429 resets both counts, so
 * a server that fails now and then is judged case by case; only a streak ends the run. A failure while
 * sending a large body (over 64 KiB) neither counts nor resets. Pure: no clock.
 */
export function createTransportWatch(options: TransportWatchOptions = {}): TransportWatch {
  const maxFailures = options.maxConsecutiveFailures ?? DEFAULT_MAX_CONSECUTIVE_FAILURES;
  const maxLimited = options.maxRateLimited ?? DEFAULT_MAX_RATE_LIMITED;
  let failures = 0;
  let limited = 0;
  let verdict: TransportVerdict | undefined;
  const judge = (exchange: WatchedExchange): TransportVerdict | undefined => {
    if (exchange.error !== undefined && (exchange.request?.bodyBytes ?? 0) > LARGE_REQUEST_BYTES)
      return undefined;
    if (exchange.error !== undefined) {
      limited = 0;
      if (++failures < maxFailures) return undefined;
      const last = `${exchange.error.code}: ${exchange.error.message}`;
      const message = `the target keeps failing: ${failures} requests in a row got no answer (last: ${last})`;
      return { code: 'OAC_ERR_TARGET_FAILING', message };
    }
    failures = 0;
    if (exchange.response?.status !== 429) return void (limited = 0);
    if (++limited < maxLimited) return undefined;
    const message = `the target is rate-limiting: ${limited} answers in a row were 429 Too Many Requests, retries after Retry-After included (lower CONTRACT_RATE, or raise the server's limit for this client)`;
    return { code: 'OAC_ERR_RATE_LIMITED', message };
  };
  return {
    observe(exchange) {
      verdict ??= judge(exchange);
      return verdict;
    },
    forgive() {
      failures = 0;
      if (verdict?.code === 'OAC_ERR_TARGET_FAILING') verdict = undefined;
    },
  };
}
