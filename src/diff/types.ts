/** What `contract diff` reports: every change between two OpenAPI documents, classified for clients. */

/** Which side of the exchange a change affects: what clients send, what they receive, or the operation. */
export type ChangeSide = 'request' | 'response' | 'operation';

export interface SpecChange {
  /** Stable, kebab-case: `request-max-length-decreased`, `response-status-removed`, `operation-removed`. */
  code: string;
  /** True when a client written against the base document may break against the head document. */
  breaking: boolean;
  side: ChangeSide;
  /** `POST /api/v0/things/{id}` (the head's path when both have it). */
  operation: string;
  operationId?: string;
  /** Where in the operation: `request body application/json #/properties/name`, `parameter query limit`. */
  location: string;
  /** One line: what changed, base value -> head value. */
  message: string;
}

export interface DiffSide {
  source: string;
  openapiVersion: string;
  title: string;
  version: string;
  hash: string;
}

export interface SpecDiff {
  base: DiffSide;
  head: DiffSide;
  /** Breaking changes first, then by operation and location. */
  changes: SpecChange[];
  breaking: number;
}
