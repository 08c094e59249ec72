import type { Exchange, HttpClient } from '../../../http/types.ts';
import type { KeyTracker } from './key-tracker.ts';

/** Cases with this tag (the revocations of the clean-up) still go out after the run is halted. */
export const CLEANUP_TAG = 'cleanup';

/** The run's client, tracking keys; `settled` waits for the requests still under way (bounded by their time-out). */
export interface TrackingClient extends HttpClient {
  settled(): Promise<void>;
}

/**
 * The run's client, recording every key a 2xx answer mints before the answer reaches anyone. Once the run is
 * halted (Ctrl-C), other requests are held for good: a halted run must not mint keys behind its clean-up.
 * Requests already under way when it halts may still mint: the clean-up waits for them (`settled`) first.
 */
export function trackMintedKeys(client: HttpClient, tracker: KeyTracker): TrackingClient {
  const underWay = new Set<Promise<Exchange>>();
  return {
    async send(requestCase): Promise<Exchange> {
      if (tracker.halted() && !requestCase.tags.includes(CLEANUP_TAG))
        return new Promise<Exchange>(() => undefined);
      tracker.sending(requestCase);
      const sent = client.send(requestCase);
      underWay.add(sent);
      try {
        const exchange = await sent;
        tracker.observe(exchange);
        return exchange;
      } finally {
        underWay.delete(sent);
      }
    },
    settled: async () => void (await Promise.allSettled([...underWay])),
    close: () => client.close(),
  };
}
