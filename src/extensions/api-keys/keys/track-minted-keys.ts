import type { Exchange, HttpClient } from '../../../http/types.ts';
import type { KeyTracker } from './key-tracker.ts';

/** Cases with this tag (the revocations of the clean-up) still go out after the run is halted. */
export const CLEANUP_TAG = 'cleanup';

/**
 * The run's client, recording every key a 2xx answer mints before the answer reaches anyone. Once the run is
 * halted (Ctrl-C), other requests are held for good: a halted run must not mint keys behind its clean-up,
 * and the process ends right after the clean-up.
 */
export function trackMintedKeys(client: HttpClient, tracker: KeyTracker): HttpClient {
  return {
    async send(requestCase): Promise<Exchange> {
      if (tracker.halted() && !requestCase.tags.includes(CLEANUP_TAG))
        return new Promise<Exchange>(() => undefined);
      tracker.sending(requestCase);
      const exchange = await client.send(requestCase);
      tracker.observe(exchange);
      return exchange;
    },
    close: () => client.close(),
  };
}
