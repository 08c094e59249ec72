import type { Exchange, HttpClient } from '../../../http/types.ts';
import { CLEANUP_TAG, observingClient, type ObservingClient } from '../../../run/observing-client.ts';
import type { KeyTracker } from './key-tracker.ts';

/** The run's client, tracking keys; `settled` waits for the requests still under way (bounded by their time-out). */
export type TrackingClient = ObservingClient;

/**
 * The run's client, recording every key a 2xx answer mints before the answer reaches anyone. Once the run is
 * halted (Ctrl-C), other requests than clean-ups (CLEANUP_TAG) are held for good: a halted run must not mint
 * keys behind its clean-up. Requests already under way when it halts may still mint: the clean-up waits for
 * them (`settled`) first.
 */
export function trackMintedKeys(client: HttpClient, tracker: KeyTracker): TrackingClient {
  const observed = observingClient(client, (exchange) => tracker.observe(exchange));
  return {
    ...observed,
    send(requestCase): Promise<Exchange> {
      if (tracker.halted() && !requestCase.tags.includes(CLEANUP_TAG))
        return new Promise<Exchange>(() => undefined);
      tracker.sending(requestCase);
      return observed.send(requestCase);
    },
  };
}
