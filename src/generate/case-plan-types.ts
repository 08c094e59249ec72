import type fc from 'fast-check';
import type { MutationReport } from './invalid-arbitrary.ts';
import type { RequestCase } from './types.ts';

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
}

/** Everything one operation is tested with, phase by phase. */
export interface CasePlan {
  operationId: string;
  /** Deterministic boundary values of the JSON body, each once. */
  coverage: RequestCase[];
  /** Valid requests (expect `accepted`). */
  positive: fc.Arbitrary<RequestCase>;
  /** Bodies invalid for exactly one labelled reason (expect `rejected`); undefined without a JSON body. */
  negative: fc.Arbitrary<RequestCase> | undefined;
  /** Request-level faults: malformed JSON, empty or oversize body, wrong or missing content type, no body. */
  request: RequestCase[];
  /** Credentials missing, malformed, unknown or without permission; the scheme name in other cases. */
  auth: RequestCase[];
  /** The valid request with an unknown id in each fixed path parameter (expect `not-found`). */
  resource: RequestCase[];
  /** Every body mutation, kept or not (and why not). */
  mutations: MutationReport[];
  /** Cases left out, counted per reason: `coverage: maxLength`, `negative: type`, `request: bodyTooLarge`. */
  dropped: Record<string, number>;
  /** One line each: what the plan could not do as the document asks (no JSON schema, no fixed id...). */
  notes: string[];
}
