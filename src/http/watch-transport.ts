import {
  createTransportWatch,
  type TransportVerdict,
  type TransportWatchOptions,
} from './transport-watch.ts';
import type { HttpClient } from './types.ts';

/**
 * Failures in a row past which the target is failing whatever the probe says: a server whose every API request
 * hangs or drops, behind a front that still answers `GET /`, is as unusable as a dead one.
 */
export const MAX_FAILURES_DESPITE_PROBE = 25;

export interface WatchTransportOptions extends TransportWatchOptions {
  /**
   * Asked before a streak of failures ends the run: true when the target still answers a plain request. A
   * server that drops only some inputs (every emoji name, say) is then judged case by case (findings), not
   * taken for a dead target (exit 2).
   */
  probe?: () => Promise<boolean>;
}

/**
 * The client, with every finished exchange fed to a transport watch: `onVerdict` is called once, when the
 * target is judged failing (and the probe, when given, confirms it) or rate-limiting. Wrap the paced client
 * (after `throttleClient`), so that 429s are counted only once the client's own `Retry-After` waits are spent.
 */
export function watchTransport(
  client: HttpClient,
  onVerdict: (verdict: TransportVerdict) => void,
  options: WatchTransportOptions = {},
): HttpClient {
  const watch = createTransportWatch(options);
  const { probe } = options;
  let told = false;
  let probing: Promise<boolean> | undefined;
  let unanswered = 0;
  // Exchanges finishing while a probe is under way wait for its answer rather than probing again.
  const confirmed = async (verdict: TransportVerdict): Promise<boolean> => {
    if (verdict.code !== 'OAC_ERR_TARGET_FAILING' || probe === undefined) return true;
    if (unanswered >= MAX_FAILURES_DESPITE_PROBE) return true;
    probing ??= probe().finally(() => (probing = undefined));
    const answers = await probing;
    if (answers) watch.forgive();
    return !answers;
  };
  return {
    async send(requestCase) {
      const exchange = await client.send(requestCase);
      unanswered = exchange.error === undefined ? 0 : unanswered + 1;
      const verdict = watch.observe(exchange);
      if (verdict !== undefined && !told && (await confirmed(verdict)) && !told) {
        told = true;
        onVerdict(verdict);
      }
      return exchange;
    },
    close: () => client.close(),
  };
}
