import type fc from 'fast-check';
import type { MutationReport } from './invalid-arbitrary.ts';
import type { CasePhase, RequestCase } from './types.ts';

export interface CasePlanOptions {
  /** Known-good path parameter values (e.g. the id of an existing service account). */
  fixedPathParams: Record<string, string>;
  /** Ids known not to exist, per path parameter; by default one is made from the parameter's schema. */
  unknownResourceIds?: Record<string, string>;
  /** Seeds every deterministic choice (parameter values, unknown ids); default 0x5eed. */
  seed?: number;
  /** How many times a recursive `$ref` may open inside itself (default 2). */
  maxDepth?: number;
  /** Size of the oversize body in bytes (default 4 MiB). */
  largeBodyBytes?: number;
  /** Which security schemes the run holds credentials for; default: the bearer-token ones (CONTRACT_TOKEN). */
  credentials?: CredentialAvailability;
  /** Time one operation may take to plan before it is skipped with the reason (default 5 s). */
  planningBudgetMs?: number;
}

/** Keys of the security schemes the run holds a credential for: never the credentials themselves. */
export interface CredentialAvailability {
  /** Schemes with a valid credential. */
  valid: readonly string[];
  /** Schemes with a credential that authenticates but lacks permission (expects 403). */
  forbidden: readonly string[];
}

/** A security scheme the run cannot satisfy, and why (no credential given, a type it cannot send). */
export interface UnsatisfiedScheme {
  scheme: string;
  why: string;
}

/**
 * Something in the document the plan cannot generate correctly (a keyword no value could be built for, a
 * body media type, a parameter style): reported, with the phases it leaves out, instead of guessed at.
 */
export interface UnsupportedFeature {
  operationId: string;
  /** The keyword or feature: `not`, `pattern`, `style`, `requestBody`, `schema`... */
  keyword: string;
  /** JSON pointer of the schema (or parameter, body) in the document. */
  pointer: string;
  /** One line: what cannot be generated, and why. */
  reason: string;
  /** The phases left out because of it (their cases would not be what they claim). */
  phases: CasePhase[];
}

/** Everything one operation is tested with, phase by phase. */
export interface CasePlan {
  operationId: string;
  /** Deterministic boundary values of the JSON body and of the parameters, each once; each required
   * parameter missing. */
  coverage: RequestCase[];
  /** Valid requests (expect `accepted`): generated body, query, header and cookie values. */
  positive: fc.Arbitrary<RequestCase>;
  /**
   * How many distinct requests `positive` can make, when that is known to be few (1 for an operation
   * without a body or parameters that vary): a run draws at most this many, not `runs` copies of the same
   * request. Undefined when the domain is large or unknown (see also `distinctCases`).
   */
  positiveDistinct?: number;
  /** Requests invalid for exactly one labelled reason in the body or one parameter (expect `rejected`);
   * undefined when nothing can be made invalid alone. */
  negative: fc.Arbitrary<RequestCase> | undefined;
  /** Request-level faults: malformed JSON, empty or oversize body, wrong or missing content type, no body. */
  request: RequestCase[];
  /** Credentials missing, malformed, unknown or without permission; the scheme name in other cases. */
  auth: RequestCase[];
  /** The operation's security schemes the run cannot satisfy: cases that need them are left out. */
  unsatisfied: UnsatisfiedScheme[];
  /** The valid request with an unknown id in each fixed path parameter (expect `not-found`). */
  resource: RequestCase[];
  /** Every body and parameter mutation, kept or not (and why not). */
  mutations: MutationReport[];
  /** Cases left out, counted per reason: `coverage: maxLength`, `negative: type`, `request: bodyTooLarge`. */
  dropped: Record<string, number>;
  /** One line each: what the plan could not do as the document asks (no JSON schema, no fixed id...). */
  notes: string[];
  /**
   * What cannot be generated correctly. Deterministic phases it names are left empty and `negative` left
   * undefined; `positive` is kept (its sampling fails) and must be skipped by callers: see `skippedPhases`.
   */
  unsupported: UnsupportedFeature[];
}
