import type { Dispatcher } from 'undici';
import { readCappedBody } from './read-capped-body.ts';
import { toReceivedResponse } from './to-received-response.ts';
import { toTransportError } from './to-transport-error.ts';
import type { ReceivedResponse, TransportError } from './types.ts';
import type { WireRequest } from './to-wire-request.ts';

export interface RequestLimits {
  timeoutMs: number;
  maxResponseBytes: number;
}

export type RequestOutcome = { response: ReceivedResponse } | { error: TransportError };

// Grace beyond the timeout before giving up on undici itself reacting to the abort.
const WATCHDOG_GRACE_MS = 1_000;

async function attempt(
  dispatcher: Dispatcher,
  path: string,
  wire: WireRequest,
  limits: RequestLimits,
  signal: AbortSignal,
  onStatus: (status: number) => void,
): Promise<RequestOutcome> {
  const data = await dispatcher.request({
    path,
    method: wire.method,
    headers: wire.headers,
    body: wire.body ?? null,
    signal,
    headersTimeout: limits.timeoutMs,
    bodyTimeout: limits.timeoutMs,
  });
  onStatus(data.statusCode);
  const body = await readCappedBody(data.body, limits.maxResponseBytes);
  return { response: toReceivedResponse(data.statusCode, data.headers, body) };
}

/**
 * Sends one request on `dispatcher` and reads the answer. Never throws and never outlives the timeout by
 * more than a second: the whole exchange (connect, headers, body) shares one abort signal.
 */
export async function performRequest(
  dispatcher: Dispatcher,
  path: string,
  wire: WireRequest,
  limits: RequestLimits,
): Promise<RequestOutcome> {
  const controller = new AbortController();
  let status: number | undefined;
  let watchdog: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = (): RequestOutcome => ({
    error: toTransportError(undefined, { timedOut: true, timeoutMs: limits.timeoutMs, status }),
  });
  const stuck = new Promise<RequestOutcome>((resolve) => {
    watchdog = setTimeout(() => resolve(timedOut()), limits.timeoutMs + WATCHDOG_GRACE_MS);
  });
  const run = attempt(dispatcher, path, wire, limits, controller.signal, (code) => (status = code)).catch(
    (error: unknown): RequestOutcome => ({
      error: toTransportError(error, {
        timedOut: controller.signal.aborted,
        timeoutMs: limits.timeoutMs,
        status,
      }),
    }),
  );
  try {
    return await Promise.race([run, stuck]);
  } finally {
    clearTimeout(timer);
    clearTimeout(watchdog);
  }
}
