import type { AuthMode, CaseCredentials, CaseExpectation, CasePhase, Reason } from '../generate/types.ts';
import type { Exchange } from '../http/types.ts';
import { identityFieldsOf } from './identity-fields.ts';
import type { Failure } from './types.ts';

/** The request exactly as sent, relative to the base URL; credentials only as `$CONTRACT_TOKEN` placeholders. */
export interface RecordedRequest {
  method: string;
  /** Path and query as sent (already percent-encoded), appended to the base URL. */
  path: string;
  headers: Record<string, string>;
  /** The body as sent (UTF-8 text), absent for none. */
  body?: string;
}

/**
 * One exchange as a replay needs it: the wire request plus what the case expected and why, so the checks
 * can judge the answer again. No generator state: a replay does not depend on the generator's version.
 */
export interface RecordedStep {
  caseId: string;
  operationId: string;
  title: string;
  phase: CasePhase;
  expect: CaseExpectation;
  /** Which credentials the request carried; the Authorization header is rebuilt from it and the tokens. */
  auth: AuthMode;
  /** The security schemes the credentials went to (placements, never values); absent: a bearer token. */
  credentials?: CaseCredentials;
  tags: string[];
  tolerated?: number[];
  reason?: Reason;
  /** How the body was built: checks read a `json` body as the value sent. */
  bodyKind: 'none' | 'json' | 'raw';
  /** Instance paths of body strings naming the resource: a replay gives them fresh tags (same length). */
  uniqueFields?: string[];
  /**
   * Path values this step's answer gives later steps (it created what they name): a replay reads the new id
   * from its own answer, as the run did, and puts it where a later step's path parameter held `value`.
   */
  provides?: ProvidedValue[];
  request: RecordedRequest;
}

/** A path parameter a step's 2xx answer gives (`petId`): the recorded value, and where the answer holds it. */
export interface ProvidedValue {
  param: string;
  /** The value the recorded run read from the answer (what later recorded paths hold). */
  value: string;
  /** A body pointer from the document's links (`/id`); absent: found by the parameter's name. */
  pointer?: string;
}

/** A failure as `executeCase` records it: the run layer's `Failure` plus the steps that reproduce it. */
export type ReproducibleFailure = Failure & {
  /** Earlier exchanges whose answers this one depends on (the minters of secrets it shows), then its own. */
  steps?: RecordedStep[];
  /** The answer's headers (redacted with the rest of the results), to explain what came back. */
  responseHeaders?: Record<string, string>;
};

/** Transport bookkeeping that explains nothing about the answer. */
const NOISE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** The headers of an exchange's answer worth showing with a failure. */
export function shownHeaders(exchange: Exchange): Record<string, string> | undefined {
  const headers = exchange.response?.headers;
  if (headers === undefined) return undefined;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !NOISE.has(name)));
}

function relativePath(url: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (url.startsWith(base)) return url.slice(base.length) || '/';
  // Not under the base URL: keep the path of the absolute URL (the origin is the replay's to choose).
  const match = /^https?:\/\/[^/?#]+(.*)$/i.exec(url);
  return match?.[1] || '/';
}

/** The step of an exchange, for replay files. */
export function recordStep(exchange: Exchange, baseUrl: string): RecordedStep {
  const requestCase = exchange.case;
  const { request } = exchange;
  const step: RecordedStep = {
    caseId: requestCase.id,
    operationId: requestCase.operationId,
    title: requestCase.title,
    phase: requestCase.phase,
    expect: requestCase.expect,
    auth: requestCase.auth,
    tags: requestCase.tags,
    bodyKind: requestCase.body.kind,
    request: { method: request.method, path: relativePath(request.url, baseUrl), headers: request.headers },
  };
  if (requestCase.credentials !== undefined) step.credentials = requestCase.credentials;
  if (requestCase.tolerated !== undefined) step.tolerated = requestCase.tolerated;
  if (requestCase.reason !== undefined) step.reason = requestCase.reason;
  if (request.bodyText !== undefined) step.request.body = request.bodyText;
  const identity = identityFieldsOf(requestCase);
  if (identity.length > 0) step.uniqueFields = [...identity];
  return step;
}

/** The answer's headers recorded with a failure, when it went through `executeCase`. */
export function responseHeadersOf(failure: Failure): Record<string, string> | undefined {
  const headers = (failure as ReproducibleFailure).responseHeaders;
  return typeof headers === 'object' && headers !== null ? headers : undefined;
}

/** The steps recorded with a failure, when it went through `executeCase` (results files keep them). */
export function stepsOf(failure: Failure): RecordedStep[] | undefined {
  const steps = (failure as ReproducibleFailure).steps;
  return Array.isArray(steps) && steps.length > 0 ? steps : undefined;
}
