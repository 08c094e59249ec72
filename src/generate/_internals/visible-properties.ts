import type { JsonSchema } from '../../schema/types.ts';
import type { GenContext } from './gen-context.ts';
import { schemaMap, stringList } from './schema-object.ts';
import { propertyNameCheck } from './property-names.ts';
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

/** Spellings tried for an undeclared property, so that one may suit the node's propertyNames too. */
const SPELLINGS = [
  (base: string) => base,
  (base: string) => base.toLowerCase(),
  () => 'extra',
  () => 'zz',
  () => 'x',
];

/** Property names that are not declared, match no pattern and suit propertyNames (when it can tell). */
export function freeNames(view: SchemaView, base: string, count: number): string[] {
  const declared = new Set(schemaMap(view.schema, 'properties').map(([key]) => key));
  const patterns = patternEntries(view);
  const suits = propertyNameCheck(view);
  const found: string[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let index = 0; index < 2000 && found.length < count; index++) {
    const stem = SPELLINGS[index % SPELLINGS.length]?.(base) ?? base;
    const round = Math.floor(index / SPELLINGS.length);
    const name =
      round === 0
        ? stem
        : `${stem}${letters[round % 26] ?? ''}${round >= 26 ? (letters[Math.floor(round / 26) % 26] ?? '') : ''}`;
    if (found.includes(name) || declared.has(name) || name === '__proto__') continue;
    if (!patterns.some(({ regex }) => regex.test(name)) && suits(name)) found.push(name);
  }
  return found;
}

/** A property name that is not declared, matches no pattern and suits propertyNames (`base` if none does). */
export function freeName(view: SchemaView, base: string): string {
  return freeNames(view, base, 1)[0] ?? base;
}
