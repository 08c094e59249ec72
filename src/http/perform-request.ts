import type { Dispatcher } from 'undici';
import { decodeBody } from './decode-body.ts';
import { readCappedBody } from './read-capped-body.ts';
import { toReceivedResponse } from './to-received-response.ts';
import { toTransportError } from './to-transport-error.ts';
import type { ReceivedResponse, TransportError } from './types.ts';
import type { WireRequest } from './to-wire-request.ts';

export interface RequestLimits {
  /** The exchange deadline, as configured (messages quote it). */
  timeoutMs: number;
  /** What is left of it for this attempt; defaults to `timeoutMs`. */
  budgetMs?: number;
  maxResponseBytes: number;
}

/** The answer, or the failure with the status when one had arrived before it. */
export type RequestOutcome = { response: ReceivedResponse } | { error: TransportError; status?: number };

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
  // Both the bytes on the wire and the decoded bytes are capped: a gzip bomb stops inflating at the cap.
  const raw = await readCappedBody(data.body, limits.maxResponseBytes);
  const encoding = data.headers['content-encoding'];
  const body = await decodeBody(
    raw,
    Array.isArray(encoding) ? encoding.join(',') : encoding,
    limits.maxResponseBytes,
  );
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
  const budgetMs = Math.max(1, limits.budgetMs ?? limits.timeoutMs);
  let status: number | undefined;
  let watchdog: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => controller.abort(), budgetMs);
  const failed = (error: unknown, timedOut: boolean): RequestOutcome => {
    const context = { timedOut, timeoutMs: limits.timeoutMs, status };
    return { error: toTransportError(error, context), ...(status === undefined ? {} : { status }) };
  };
  const stuck = new Promise<RequestOutcome>((resolve) => {
    watchdog = setTimeout(() => resolve(failed(undefined, true)), budgetMs + WATCHDOG_GRACE_MS);
  });
  const run = attempt(dispatcher, path, wire, limits, controller.signal, (code) => (status = code)).catch(
    (error: unknown) => failed(error, controller.signal.aborted),
  );
  try {
    return await Promise.race([run, stuck]);
  } finally {
    clearTimeout(timer);
    clearTimeout(watchdog);
  }
}
