import type { JsonSchema } from '../../schema/types.ts';
import type { GenContext } from './gen-context.ts';
import { schemaMap, stringList } from './schema-object.ts';
import { viewOf, type SchemaView } from './schema-view.ts';

export interface PropertyEntry {
  key: string;
  /** The property's schema, joined with every `patternProperties` schema whose pattern matches the key. */
  schema: JsonSchema;
  required: boolean;
}

/**
 * The declared properties a request (or response) carries: readOnly ones are left out of requests and writeOnly
 * ones out of responses, as OpenAPI says.
 */
export function visibleProperties(view: SchemaView): PropertyEntry[] {
  const required = new Set(stringList(view.schema, 'required'));
  const patterns = patternEntries(view);
  return schemaMap(view.schema, 'properties')
    .filter(([, schema]) => !hiddenIn(schema, view.ctx))
    .map(([key, schema]) => {
      const matching = patterns.filter(({ regex }) => regex.test(key)).map((entry) => entry.schema);
      return {
        key,
        schema: matching.length > 0 ? { allOf: [schema, ...matching] } : schema,
        required: required.has(key),
      };
    });
}

/** Required names with no `properties` entry (their values come from additionalProperties or patterns). */
export function undeclaredRequired(view: SchemaView): string[] {
  const declared = new Set(schemaMap(view.schema, 'properties').map(([key]) => key));
  return stringList(view.schema, 'required').filter((key) => !declared.has(key));
}

export function hiddenIn(schema: JsonSchema, ctx: GenContext): boolean {
  const hiddenKeyword = ctx.compiled.context === 'request' ? 'readOnly' : 'writeOnly';
  return viewOf(schema, ctx).schema[hiddenKeyword] === true;
}

export interface PatternEntry {
  pattern: string;
  regex: RegExp;
  schema: JsonSchema;
}

/** patternProperties with their patterns compiled as ajv does (`u` flag); patterns JS cannot compile are skipped. */
export function patternEntries(view: SchemaView): PatternEntry[] {
  return schemaMap(view.schema, 'patternProperties').flatMap(([pattern, schema]) => {
    try {
      return [{ pattern, regex: new RegExp(pattern, 'u'), schema }];
    } catch {
      return [];
    }
  });
}

/** A property name that is not declared and matches no pattern. */
export function freeName(view: SchemaView, base: string): string {
  const declared = new Set(schemaMap(view.schema, 'properties').map(([key]) => key));
  const patterns = patternEntries(view);
  for (let index = 0; index < 100; index++) {
    const name = index === 0 ? base : `${base}${index}`;
    if (!declared.has(name) && !patterns.some(({ regex }) => regex.test(name))) return name;
  }
  return base;
}
