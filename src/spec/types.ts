/** The loaded, bundled OpenAPI document and its operations, before any schema is compiled. */

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type OpenApiDialect = '3.0' | '3.1';

/** A schema as written in the document (3.0 or 3.1 dialect). `$ref`s are kept, all internal (`#/...`). */
export type SchemaObject = { [keyword: string]: unknown } | boolean;

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterSpec {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema?: SchemaObject;
  style?: string;
  explode?: boolean;
  /** A query parameter that may be sent with an empty value (`name=`); false by default. */
  allowEmptyValue?: boolean;
  deprecated: boolean;
  /** JSON pointer of the parameter's schema in the document (`/paths/~1a~1{id}/post/parameters/0/schema`). */
  pointer: string;
}

export interface MediaTypeSpec {
  mediaType: string;
  schema?: SchemaObject;
  /** JSON pointer of the schema in the document. */
  pointer: string;
}

export interface RequestBodySpec {
  required: boolean;
  content: MediaTypeSpec[];
}

export interface HeaderSpec {
  name: string;
  required: boolean;
  schema?: SchemaObject;
  pointer: string;
}

export interface ResponseSpec {
  /** As written: `201`, `4XX`, `default`. */
  status: string;
  description: string;
  content: MediaTypeSpec[];
  headers: HeaderSpec[];
}

export interface SecuritySchemeSpec {
  key: string;
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For `http`: `bearer`, `basic` (lower-cased). */
  scheme?: string;
  /** For `apiKey`. */
  in?: 'header' | 'query' | 'cookie';
  parameterName?: string;
}

export interface Operation {
  /** As written, or synthesised as `post /a/{id}` when the document omits it (a finding is recorded). */
  operationId: string;
  method: HttpMethod;
  path: string;
  tags: string[];
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Path-level and operation-level parameters merged (operation wins on name+in). */
  parameters: ParameterSpec[];
  requestBody?: RequestBodySpec;
  responses: ResponseSpec[];
  /** Alternatives (OR) of requirement sets (AND). `[]` means no authentication. */
  security: SecuritySchemeSpec[][];
  /** JSON pointer of the operation object (`/paths/~1a/post`). */
  pointer: string;
}

export type FindingSeverity = 'warning' | 'info';

/** A finding about the document itself (not about the server): shown apart, exit 0 unless --strict. */
export interface SpecFinding {
  code: string;
  severity: FindingSeverity;
  message: string;
  operationId?: string;
  pointer?: string;
}

/**
 * An operation left out of `operations` because the document cannot describe it: one of its own `$ref`s
 * (parameters, body, responses, or a schema they use) cannot be resolved. The other operations go on;
 * a run lists these as skipped with their reason.
 */
export interface SkippedOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** JSON pointer of the operation object. */
  pointer: string;
  /** One line, e.g. `its $ref #/components/schemas/Gone (at /paths/~1a/get/responses/200/...) cannot be resolved`. */
  reason: string;
}

export interface LoadedSpec {
  /** Path or URL the document was read from. */
  source: string;
  sourceKind: 'file' | 'url';
  dialect: OpenApiDialect;
  /** The `openapi` field as written, e.g. `3.0.1`. */
  openapiVersion: string;
  title: string;
  version: string;
  /** sha256 of the document text as read, hex. */
  hash: string;
  /** The bundled document: external `$ref`s inlined, internal ones kept. */
  document: Record<string, unknown>;
  operations: Operation[];
  /** Operations of the document that cannot be tested, each with why (never in `operations`). */
  skippedOperations: SkippedOperation[];
  findings: SpecFinding[];
}
