import {
  createTransportWatch,
  type TransportVerdict,
  type TransportWatchOptions,
} from './transport-watch.ts';
import type { HttpClient } from './types.ts';

/**
 * The client, with every finished exchange fed to a transport watch: `onVerdict` is called once, when the
 * target is judged failing or rate-limiting. Wrap the paced client (after `throttleClient`), so that 429s
 * are counted only once the client's own `Retry-After` waits are spent.
 */
export function watchTransport(
  client: HttpClient,
  onVerdict: (verdict: TransportVerdict) => void,
  options: TransportWatchOptions = {},
): HttpClient {
  const watch = createTransportWatch(options);
  let told = false;
  return {
    async send(requestCase) {
      const exchange = await client.send(requestCase);
      const verdict = watch.observe(exchange);
      if (verdict !== undefined && !told) {
        told = true;
        onVerdict(verdict);
      }
      return exchange;
    },
    close: () => client.close(),
  };
}
