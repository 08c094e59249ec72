import type { TransportError, TransportErrorCode } from './types.ts';

const CODES: Record<string, TransportErrorCode> = {
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_OVERFLOW: 'too-large',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'too-large',
  ECONNREFUSED: 'connect',
  ENOTFOUND: 'connect',
  EAI_AGAIN: 'connect',
  EHOSTUNREACH: 'connect',
  ENETUNREACH: 'connect',
  UND_ERR_CONNECT_TIMEOUT: 'connect',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'protocol',
  UND_ERR_INFO: 'protocol',
};

function errorCodeOf(error: unknown): string | undefined {
  for (let node: unknown = error, depth = 0; node && typeof node === 'object' && depth < 4; depth++) {
    const code = (node as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_ABORTED') return code;
    // undici's parser errors may carry no code.
    if ((node as { name?: unknown }).name === 'HTTPParserError') return 'HPE_INVALID';
    node = (node as { cause?: unknown }).cause;
  }
  return undefined;
}

function classify(code: string | undefined): TransportErrorCode {
  if (code === undefined) return 'other';
  if (code.startsWith('HPE_')) return 'protocol';
  return CODES[code] ?? 'other';
}

export interface ErrorContext {
  /** Our overall timer fired. */
  timedOut: boolean;
  timeoutMs: number;
  /** The status, when it arrived before the failure. */
  status?: number;
}

/** Maps what undici or the socket threw to a stable transport error, with a one-line message. */
export function toTransportError(error: unknown, context: ErrorContext): TransportError {
  const after = context.status === undefined ? 'before any status' : `after status ${context.status}`;
  const code = errorCodeOf(error);
  const kind = context.timedOut ? 'timeout' : classify(code);
  if (kind === 'timeout')
    return { code: kind, message: `no complete answer within ${context.timeoutMs} ms (${after})` };
  const detail = error instanceof Error ? error.message : String(error);
  const message = `${code ?? 'error'}: ${detail} (${after})`.replace(/\s+/g, ' ');
  return { code: kind, message };
}
