import type { SchemaObject } from '../spec/types.ts';
import type { JsonSchema } from './types.ts';
import { translateNode } from './_internals/translate-node.ts';
import type { TranslateOptions, TranslationFinding } from './_internals/translation-state.ts';

export type { TranslateOptions, TranslationFinding } from './_internals/translation-state.ts';

export interface Translation {
  schema: JsonSchema;
  findings: TranslationFinding[];
  /** Document pointers of the schemas this one `$ref`s (to be put in the same bag). */
  refs: string[];
}

/**
 * An OpenAPI 3.0 or 3.1 schema as JSON Schema 2020-12, for ajv and generators alike: 3.0 boolean exclusive
 * bounds and `nullable` are rewritten, 3.0 `$ref` siblings dropped, OpenAPI-only keywords (`example`, `xml`,
 * `externalDocs`, `discriminator`, `x-*`) stripped, readOnly (request) / writeOnly (response) properties
 * taken out of `required`, and every `$ref: '#/a/b'` rewritten to `${refPrefix}#/$defs/<escaped /a/b>`.
 */
export function translateSchema(schema: SchemaObject, options: TranslateOptions): Translation {
  const findings: TranslationFinding[] = [];
  const refs = new Set<string>();
  const translated = translateNode(schema, [], { options, findings, refs }) as JsonSchema;
  return { schema: translated, findings, refs: [...refs] };
}
