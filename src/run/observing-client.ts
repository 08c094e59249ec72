import type { Exchange, HttpClient } from '../http/types.ts';

/**
 * Cases with this tag (an extension's clean-up: revocations, deletions, the lists that check them) still go out
 * after the run is halted; an extension that holds traffic on `halt` lets them through.
 */
export const CLEANUP_TAG = 'cleanup';

/** A client whose every exchange an extension sees; `settled` waits for the requests still under way. */
export interface ObservingClient extends HttpClient {
  settled(): Promise<void>;
}

/**
 * The client, telling `observe` of every exchange before anyone else sees it (what the run created is known
 * before a check or an interrupt can act on it). A clean-up calls `settled` first: a request under way when
 * the run stops may still create something (bounded by the request's time-out).
 */
export function observingClient(client: HttpClient, observe: (exchange: Exchange) => void): ObservingClient {
  const underWay = new Set<Promise<Exchange>>();
  return {
    async send(requestCase) {
      const sent = client.send(requestCase);
      underWay.add(sent);
      try {
        const exchange = await sent;
        observe(exchange);
        return exchange;
      } finally {
        underWay.delete(sent);
      }
    },
    settled: async () => void (await Promise.allSettled([...underWay])),
    close: () => client.close(),
  };
}
