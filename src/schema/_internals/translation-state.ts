import type { OpenApiDialect } from '../../spec/types.ts';
import type { SchemaContext } from '../types.ts';

/** Something the translation changed or dropped that a reader of the document should know. */
export interface TranslationFinding {
  code: string;
  severity: 'warning' | 'info';
  message: string;
  /** JSON pointer inside the translated schema (`` for its root). */
  path: string;
}

export interface TranslateOptions {
  dialect: OpenApiDialect;
  context: SchemaContext;
  /** The bag the rewritten `$ref`s point into, e.g. `oac://request`. */
  refPrefix: string;
  /** The bundled document, to see through `$ref`s when a property's readOnly/writeOnly decides `required`. */
  document?: unknown;
}

export interface TranslationState {
  options: TranslateOptions;
  findings: TranslationFinding[];
  /** Document pointers of every schema `$ref` met, so the bag can collect them. */
  refs: Set<string>;
}
