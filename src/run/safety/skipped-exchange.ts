import type { RequestCase } from '../../generate/types.ts';
import type { Exchange } from '../../http/types.ts';

/** An exchange that never happened: the case was held back (the creation budget is spent). */
export type SkippedExchange = Exchange & { skipped: string };

/**
 * The stand-in for a case that was not sent. It carries an `error` too, so code unaware of skipping sees
 * "no answer" rather than a response; `executeCase` runs no check on it and records nothing.
 */
export function skippedExchange(requestCase: RequestCase, baseUrl: string, why: string): SkippedExchange {
  return {
    case: requestCase,
    request: {
      method: requestCase.method.toUpperCase(),
      url: `${baseUrl}${requestCase.pathTemplate}`,
      headers: {},
      bodyBytes: 0,
    },
    error: { code: 'other', message: `not sent: ${why}` },
    durationMs: 0,
    skipped: why,
  };
}

/** Why the exchange was not sent, or undefined for one that was. */
export function skippedWhy(exchange: Exchange): string | undefined {
  const { skipped } = exchange as Partial<SkippedExchange>;
  return typeof skipped === 'string' ? skipped : undefined;
}
