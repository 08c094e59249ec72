import type { SchemaObject } from './schema-object.ts';

export const JSON_TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'] as const;
export type JsonType = (typeof JSON_TYPES)[number];

const STRING_KEYWORDS = ['minLength', 'maxLength', 'pattern', 'format'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'];
const OBJECT_KEYWORDS = [
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'minProperties',
];

function isJsonType(value: unknown): value is JsonType {
  return typeof value === 'string' && (JSON_TYPES as readonly string[]).includes(value);
}

/** The types a schema declares, or undefined when it declares none. */
export function declaredTypes(schema: SchemaObject): JsonType[] | undefined {
  const type = schema.type;
  if (isJsonType(type)) return [type];
  if (Array.isArray(type)) return type.filter(isJsonType);
  return undefined;
}

/** Declared types, else the types its keywords imply (a schema with `properties` is about objects), else undefined. */
export function generationTypes(schema: SchemaObject): JsonType[] | undefined {
  const declared = declaredTypes(schema);
  if (declared !== undefined) return declared;
  const has = (keywords: string[]): boolean => keywords.some((keyword) => keyword in schema);
  const implied: JsonType[] = [];
  if (has(OBJECT_KEYWORDS)) implied.push('object');
  if (has(ARRAY_KEYWORDS)) implied.push('array');
  if (has(STRING_KEYWORDS)) implied.push('string');
  if (has(NUMBER_KEYWORDS)) implied.push('number');
  return implied.length > 0 ? implied : undefined;
}

/** Whether a value of this JSON type is accepted by a `type` list (integers are numbers too). */
export function typeAllowed(types: readonly JsonType[] | undefined, type: JsonType): boolean {
  if (types === undefined) return true;
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** Whether keywords of this type apply: `minLength` applies when strings are allowed at all. */
export function appliesTo(schema: SchemaObject, type: JsonType): boolean {
  const types = declaredTypes(schema);
  if (types === undefined) return true;
  if (type === 'number') return types.includes('number') || types.includes('integer');
  return types.includes(type);
}

/** Whether the schema declares or implies values of this type (`number` covers `integer`). */
export function mayBe(schema: SchemaObject, type: JsonType): boolean {
  const types = generationTypes(schema);
  if (types === undefined) return false;
  return types.includes(type) || (type === 'number' && types.includes('integer'));
}
