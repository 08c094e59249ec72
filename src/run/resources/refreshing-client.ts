import type { RequestCase } from '../../generate/types.ts';
import type { Exchange, HttpClient } from '../../http/types.ts';

/** Answers that say the resource is no longer there to act on: deleted, or in a state that refuses it. */
const CONSUMED = new Set([404, 409, 410]);

/** At most this many fresh resources per operation: each costs a creation of the run's budget. */
export const MAX_REFRESHES = 25;

export interface Refresh {
  operationId: string;
  /** The path values the plan was made with (the first resource created). */
  planned: Readonly<Record<string, string>>;
  /** Creates another resource: its path values, or undefined when none could be. */
  recreate(): Promise<Record<string, string> | undefined>;
}

const about = (requestCase: RequestCase): boolean =>
  requestCase.expect === 'accepted' || requestCase.expect === 'rejected';

function withValues(requestCase: RequestCase, refresh: Refresh, values: Record<string, string>): RequestCase {
  const pathParams = { ...requestCase.pathParams };
  for (const [name, value] of Object.entries(refresh.planned))
    if (pathParams[name] === value && values[name] !== undefined) pathParams[name] = values[name];
  return { ...requestCase, pathParams };
}

/**
 * The operation's cases sent against the run's resource; once a valid case has used it (2xx) and a later
 * case meets it consumed (404, 409, 410: rotated, revoked, deleted), a fresh one is created and the case sent
 * again against it, so each case tests its own data rather than the resource's state. Other operations'
 * cases pass through.
 */
export function refreshingClient(inner: HttpClient, refresh: Refresh): HttpClient {
  let values: Record<string, string> = { ...refresh.planned };
  let used = false;
  let refreshes = 0;
  // The operation's cases go one at a time: two at once would consume one resource between them.
  let queue: Promise<unknown> = Promise.resolve();
  const renew = async (): Promise<void> => {
    refreshes += 1;
    const fresh = await refresh.recreate();
    if (fresh !== undefined) [values, used] = [fresh, false];
  };
  const sendOnce = async (requestCase: RequestCase): Promise<Exchange> => {
    const exchange = await inner.send(withValues(requestCase, refresh, values));
    const status = exchange.response?.status ?? 0;
    if (requestCase.expect === 'accepted' && status >= 200 && status < 300) used = true;
    return exchange;
  };
  const sendFresh = async (requestCase: RequestCase): Promise<Exchange> => {
    const exchange = await sendOnce(requestCase);
    if (!used || !CONSUMED.has(exchange.response?.status ?? 0) || refreshes >= MAX_REFRESHES) return exchange;
    await renew();
    return sendOnce(requestCase);
  };
  return {
    send(requestCase) {
      if (requestCase.operationId !== refresh.operationId || !about(requestCase))
        return inner.send(requestCase);
      const sent = queue.then(() => sendFresh(requestCase));
      queue = sent.catch(() => undefined);
      return sent;
    },
    close: () => inner.close(),
  };
}
