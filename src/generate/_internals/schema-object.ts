import type { JsonSchema } from '../../schema/types.ts';

/** A schema with its keywords readable; boolean schemas become `{}` (true) or `{ not: {} }` (false). */
export type SchemaObject = Record<string, unknown>;

/**
 * What `false` becomes in a view: `not` this very object (not any `{}`), so a mutation can tell the false
 * schema (ajv's keyword `false schema`) from a written `not: {}` (keyword `not`).
 */
export const FALSE_SCHEMA_NOT: Readonly<Record<string, never>> = Object.freeze({});

export function asSchemaObject(schema: JsonSchema | undefined): SchemaObject {
  if (schema === undefined || schema === true) return {};
  if (schema === false) return { not: FALSE_SCHEMA_NOT };
  return schema;
}

export function isJsonSchema(value: unknown): value is JsonSchema {
  return typeof value === 'boolean' || (typeof value === 'object' && value !== null && !Array.isArray(value));
}

export function numberKeyword(schema: SchemaObject, keyword: string): number | undefined {
  const value = schema[keyword];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function stringKeyword(schema: SchemaObject, keyword: string): string | undefined {
  const value = schema[keyword];
  return typeof value === 'string' ? value : undefined;
}

export function schemaArray(schema: SchemaObject, keyword: string): JsonSchema[] {
  const value = schema[keyword];
  return Array.isArray(value) ? value.filter(isJsonSchema) : [];
}

export function schemaMap(schema: SchemaObject, keyword: string): [string, JsonSchema][] {
  const value = schema[keyword];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, JsonSchema] => isJsonSchema(entry[1]));
}

export function stringList(schema: SchemaObject, keyword: string): string[] {
  const value = schema[keyword];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
