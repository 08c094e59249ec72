import type { ReasonLocation, RequestCase } from '../generate/types.ts';
import { placeholderCredentials } from '../http/placeholder-credentials.ts';
import { TOKEN_PLACEHOLDER } from '../http/placeholders.ts';
import { toWireRequest } from '../http/to-wire-request.ts';

/** One line of `contract plan --json`: a case as it would be sent, credentials as placeholders. */
export interface PlanLine {
  operationId: string;
  method: string;
  /** Path and query as sent (percent-encoded), parameters filled in. */
  path: string;
  phase: 'coverage' | 'positive' | 'negative';
  expect: 'valid' | 'invalid';
  reason?: { location: ReasonLocation; keyword: string; schemaPath: string };
  headers: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  /** Set when `rawBody` is cut (an oversize body): the size in bytes of the body sent. */
  rawBodyBytes?: number;
}

/** Raw bodies longer than this are cut in the plan (the oversize-body case is 4 MiB). */
const RAW_BODY_SHOWN = 1024;

/** Data phases as the plan shows them: request-level faults are invalid (or valid) requests too. */
function phaseOf(requestCase: RequestCase): PlanLine['phase'] | undefined {
  const { phase } = requestCase;
  if (phase === 'coverage' || phase === 'positive' || phase === 'negative') return phase;
  if (phase === 'request') return requestCase.expect === 'accepted' ? 'positive' : 'negative';
  return undefined;
}

/**
 * A case as a plan line, or undefined for credential and unknown-resource cases (the valid request again,
 * with other credentials or another id: counted in the table, not listed). The request is built by the
 * http layer exactly as it would be sent, and recorded with `$CONTRACT_TOKEN` (`$CONTRACT_AUTH_<SCHEME>`) in place of any credential.
 */
export function toPlanLine(requestCase: RequestCase): PlanLine | undefined {
  const phase = phaseOf(requestCase);
  if (phase === undefined) return undefined;
  const { recorded } = toWireRequest(requestCase, {
    baseUrl: '',
    token: TOKEN_PLACEHOLDER,
    credentials: placeholderCredentials(requestCase),
    timeoutMs: 0,
    maxResponseBytes: 0,
  });
  const { reason, body } = requestCase;
  const expect = requestCase.expect === 'accepted' ? 'valid' : 'invalid';
  // Fields in the order the issue lists them: what, where, why, then what is sent.
  const line: PlanLine = {
    operationId: requestCase.operationId,
    method: recorded.method,
    path: recorded.url,
    phase,
    expect,
    ...(reason !== undefined && expect === 'invalid'
      ? { reason: { location: reason.location, keyword: reason.keyword, schemaPath: reason.schemaPath } }
      : {}),
    headers: recorded.headers,
  };
  if (body.kind === 'json') line.body = body.value;
  if (body.kind === 'raw') {
    line.rawBody = body.text.length > RAW_BODY_SHOWN ? `${body.text.slice(0, RAW_BODY_SHOWN)}…` : body.text;
    if (body.text.length > RAW_BODY_SHOWN) line.rawBodyBytes = recorded.bodyBytes;
  }
  return line;
}
