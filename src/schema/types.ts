import type { LoadedSpec, Operation, ParameterSpec, ResponseSpec, SpecFinding } from '../spec/types.ts';

/** JSON Schema 2020-12, after translation from the document's dialect. Every `$ref` points into a bag. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** Requests leave out readOnly properties; responses leave out writeOnly ones. */
export type SchemaContext = 'request' | 'response';

/** One error reported by ajv, kept in plain form. */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message: string;
}

/** A compiled schema: validate with ajv (compiled once), resolve `$ref`s for generators. */
export interface CompiledSchema {
  /** The translated root schema (may be a bare `{$ref}` into the bag). */
  schema: JsonSchema;
  context: SchemaContext;
  /** Where the schema stands in the document (JSON pointer), for messages. */
  pointer: string;
  /** `[]` when valid. Never throws. */
  validate(value: unknown): SchemaError[];
  /**
   * The same validation with `format` an annotation, as 2020-12 §7.2.1 has it by default (no format checked):
   * `[]` for a value that only a format makes invalid. Compiled on first use. Never throws.
   */
  validateFormatsAside?(value: unknown): SchemaError[];
  /** Resolves a `$ref` found anywhere inside `schema` or inside a resolved schema. */
  resolve(ref: string): JsonSchema | undefined;
}

export interface CompiledMedia {
  mediaType: string;
  /** Undefined when the document declares the media type without a schema. */
  schema?: CompiledSchema;
}

export interface CompiledParameter {
  spec: ParameterSpec;
  schema?: CompiledSchema;
}

export interface CompiledResponse {
  spec: ResponseSpec;
  media: CompiledMedia[];
  headers: { name: string; required: boolean; schema?: CompiledSchema }[];
}

export interface CompiledOperation {
  operation: Operation;
  parameters: CompiledParameter[];
  requestBody?: { required: boolean; media: CompiledMedia[] };
  responses: CompiledResponse[];
  /** The declared response for a status: exact code first, then `4XX`, then `default`. */
  responseFor(status: number): CompiledResponse | undefined;
}

export interface CompiledSpec {
  spec: LoadedSpec;
  operations: CompiledOperation[];
  /** Findings from loading plus those from compiling (unknown formats, unknown keywords...). */
  findings: SpecFinding[];
  operation(operationId: string): CompiledOperation | undefined;
}
