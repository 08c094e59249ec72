/**
 * Where JSON Schema keywords hold subschemas (2020-12 plus the older `items`-array, `additionalItems`,
 * `definitions` and `dependencies` forms). Every other keyword holds data (`enum`, `const`, `default`,
 * `example`...), which walkers must never descend into: a property named `example` is not a keyword.
 */
export const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'contentSchema',
]);

export const SCHEMA_ARRAY_KEYWORDS: ReadonlySet<string> = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** `dependencies` mixes schemas and property lists: only its object/boolean values are schemas. */
export const SCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
]);

function isSchemaValue(value: unknown): boolean {
  return typeof value === 'boolean' || (typeof value === 'object' && value !== null && !Array.isArray(value));
}

/**
 * Applies `map` to every direct subschema of a keyword's value; `segments` locate it below the keyword.
 * Data-valued keywords are returned as they are.
 */
export function mapKeywordValue(
  keyword: string,
  value: unknown,
  map: (schema: unknown, segments: string[]) => unknown,
): unknown {
  if (SCHEMA_KEYWORDS.has(keyword)) {
    if (Array.isArray(value)) return value.map((item, index) => map(item, [keyword, String(index)]));
    return isSchemaValue(value) ? map(value, [keyword]) : value;
  }
  if (SCHEMA_ARRAY_KEYWORDS.has(keyword) && Array.isArray(value)) {
    return value.map((item, index) => map(item, [keyword, String(index)]));
  }
  if (SCHEMA_MAP_KEYWORDS.has(keyword) && isSchemaValue(value) && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([name, item]) => [
      name,
      isSchemaValue(item) ? map(item, [keyword, name]) : item,
    ]);
    return Object.fromEntries(entries);
  }
  return value;
}
