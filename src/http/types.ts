import type { RequestCase } from '../generate/types.ts';
import type { SchemeCredential } from './scheme-credential.ts';

export interface HttpClientOptions {
  baseUrl: string;
  token: string;
  /** A token that authenticates but lacks permission (expects 403). */
  forbiddenToken?: string;
  /** Credentials per security scheme key (CONTRACT_AUTH_*); a bearer scheme without one sends `token`. */
  credentials?: Readonly<Record<string, SchemeCredential>>;
  timeoutMs: number;
  /** Response bodies beyond this are cut and the exchange marked `truncated`. */
  maxResponseBytes: number;
  /** Keep-alive connections in the pool. */
  connections?: number;
}

/** The request as recorded: credentials appear only as `$CONTRACT_TOKEN` placeholders. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The body as sent (UTF-8 text), or undefined for none. */
  bodyText?: string;
  bodyBytes: number;
}

export interface ReceivedResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  bodyText: string;
  bodyBytes: number;
  /** True when the body exceeded `maxResponseBytes` (on the wire or once decoded) and was cut. */
  truncated: boolean;
  /** Set when `Content-Encoding` could not be undone: the body is then kept as received. */
  decodeError?: string;
  /**
   * Parsed when the body is non-empty; `ok: false` with the reason otherwise: the parse error, or a limit
   * crossed (a cut body, nesting deeper than MAX_JSON_DEPTH), in which case nothing was parsed.
   */
  json?: { ok: true; value: unknown } | { ok: false; error: string };
}

export type TransportErrorCode = 'timeout' | 'connect' | 'reset' | 'too-large' | 'protocol' | 'other';

export interface TransportError {
  code: TransportErrorCode;
  message: string;
}

/** One request and what came back. Exactly one of `response` and `error` is set. */
export interface Exchange {
  case: RequestCase;
  request: SentRequest;
  response?: ReceivedResponse;
  error?: TransportError;
  /**
   * Set when the request first went out on a reused keep-alive connection that was reset before any byte
   * of an answer, and was sent once more on a fresh connection: `response`/`error` are the retry's. The
   * server dropped a connection it had kept alive: the previous exchange on it (`previousCaseId`, the case
   * answered last on that connection), not this one, is suspect.
   */
  retriedAfterReset?: { error: TransportError; previousCaseId?: string };
  durationMs: number;
}

export interface HttpClient {
  send(requestCase: RequestCase): Promise<Exchange>;
  close(): Promise<void>;
}
