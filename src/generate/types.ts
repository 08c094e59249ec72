import type { CredentialPlacement } from '../spec/security-placement.ts';
import type { HttpMethod } from '../spec/types.ts';

export type ReasonLocation = 'body' | 'path' | 'query' | 'header' | 'cookie' | 'request';

/**
 * Why a case is invalid: exactly one named constraint. For schema constraints, the same ajv validator
 * that checks responses has confirmed that the value fails for this reason and no other.
 */
export interface Reason {
  location: ReasonLocation;
  /** A JSON Schema keyword (`maxLength`, `type`, `required`, `additionalProperties`, ...) or, for
   * location `request`, a request-level code (`malformedJson`, `emptyBody`, `bodyTooLarge`, `contentType`,
   * `missingBody`). */
  keyword: string;
  /** Canonical path from the schema root with `$ref`s inlined: `#/properties/name/maxLength`. */
  schemaPath: string;
  /** Where in the value: `/name`, or `` for the root. */
  instancePath: string;
  /** For `required`, `additionalProperties`, `dependentRequired`: the property concerned. */
  property?: string;
  /** Human words: `name has 129 code points (maxLength 128)`. */
  description: string;
  /**
   * Set when only `format` makes the value invalid: it validates with formats as annotations, which is what
   * 2020-12 §7.2.1 makes them by default (OpenAPI 3.0 calls them optional too). A server that does not check
   * formats may accept it; `keyword` is then `format`, or a composite whose branches fail by a format.
   */
  formatOnly?: true;
}

export type Expectation = 'valid' | 'invalid';

export interface InvalidValue {
  value: unknown;
  reason: Reason;
}

/** A deterministic boundary value sent once in the coverage phase. */
export interface CoverageValue {
  value: unknown;
  expect: Expectation;
  /** Set when `expect` is `invalid`. */
  reason?: Reason;
  /** `name: 128 emoji (128 code points, 256 UTF-16 units, 512 UTF-8 bytes)`. */
  note: string;
}

/**
 * Credentials a case uses; the credential itself is attached by the http layer, never stored in a case.
 * `empty-bearer` and `empty` both send an empty credential (`Bearer `, an empty apiKey value...).
 */
export type AuthMode =
  | 'valid'
  | 'none'
  | 'empty-bearer'
  | 'empty'
  | 'garbled'
  | 'unknown'
  | 'forbidden'
  | 'scheme-lowercase'
  | 'scheme-uppercase';

/** A security scheme whose credential a case sends, and where it goes (never the credential). */
export interface CaseScheme {
  /** The scheme's key in `components.securitySchemes`. */
  key: string;
  placement: CredentialPlacement;
}

/**
 * Which credentials a case sends: one alternative (AND-set) of the operation's security requirement. With
 * `fault`, that scheme's credential carries the case's auth mode and the others are sent valid; without,
 * every scheme gets the mode. A case without `credentials` sends a bearer token (`CONTRACT_TOKEN`).
 */
export interface CaseCredentials {
  schemes: CaseScheme[];
  fault?: string;
}

/** Tag of the cases of an operation whose security requirement the run cannot meet (sent without it). */
export const CREDENTIALS_UNMET_TAG = 'credentials-unmet';

/**
 * Tag of a sent case whose unique field could not be made unique (too short, or of characters the tag cannot
 * rewrite: `\\`, a space): an earlier case may have sent the same value, so a 409 proves nothing.
 */
export const NOT_UNIQUE_TAG = 'unique-field-not-unique';

/** Tag of the cases whose invalid parameter sits where a credential goes: the credential is sent instead. */
export const CREDENTIAL_PLACE_TAG = 'in-credential-place';

export type RequestBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  /** Bytes sent as they are; `contentType` undefined means no Content-Type header. */
  | { kind: 'raw'; text: string; contentType?: string; note: string };

export type CasePhase = 'coverage' | 'positive' | 'negative' | 'request' | 'auth' | 'resource';

/** What a conformant server does with the case. */
export type CaseExpectation = 'accepted' | 'rejected' | 'unauthenticated' | 'forbidden' | 'not-found';

export interface RequestCase {
  /** Stable within a plan: `createServiceAccountApiKey/negative/17`. */
  id: string;
  operationId: string;
  method: HttpMethod;
  pathTemplate: string;
  /** Unencoded values; the http layer percent-encodes them. */
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  /** Non-auth headers, Content-Type included when a body is sent. */
  headers: Record<string, string>;
  cookies: Record<string, string>;
  auth: AuthMode;
  /** The schemes the credentials go to; undefined: a bearer token, as before schemes were modelled. */
  credentials?: CaseCredentials;
  body: RequestBody;
  phase: CasePhase;
  expect: CaseExpectation;
  /** Why the case is invalid (expect `rejected`), or what request-level fault it carries. */
  reason?: Reason;
  /** Statuses that satisfy the expectation although undeclared (413 for an oversize body, 415 for a wrong
   * content type). */
  tolerated?: number[];
  /** One line for people: `name: 128 emoji (128 code points, 256 UTF-16 units, 512 UTF-8 bytes)`. */
  title: string;
  /** Instance paths of body strings that get a unique run tag before sending (width-preserving). */
  uniqueFields: string[];
  tags: string[];
}
