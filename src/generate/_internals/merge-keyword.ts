import { copyObject, setOwn } from './own-property.ts';
import type { SchemaObject } from './schema-object.ts';

const LOWER_BOUNDS = new Set([
  'minLength',
  'minItems',
  'minProperties',
  'minimum',
  'exclusiveMinimum',
  'minContains',
]);
const UPPER_BOUNDS = new Set([
  'maxLength',
  'maxItems',
  'maxProperties',
  'maximum',
  'exclusiveMaximum',
  'maxContains',
]);
const FLAGS = new Set(['readOnly', 'writeOnly', 'deprecated', 'uniqueItems']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas']);
const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  'default',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
]);

/**
 * Combines one keyword of an `allOf` branch into the schema gathered so far. Returns false when the two cannot
 * be expressed as one keyword (two different patterns, two `not`s...): the caller keeps them for the final check.
 */
export function mergeKeyword(target: SchemaObject, keyword: string, value: unknown): boolean {
  const current = target[keyword];
  if (!(keyword in target) || ANNOTATIONS.has(keyword)) {
    if (!(keyword in target)) target[keyword] = value;
    return true;
  }
  const merged = combine(keyword, current, value);
  if (merged === undefined) return JSON.stringify(current) === JSON.stringify(value);
  target[keyword] = merged;
  return true;
}

function combine(keyword: string, current: unknown, value: unknown): unknown {
  if (LOWER_BOUNDS.has(keyword) && typeof current === 'number' && typeof value === 'number') {
    return Math.max(current, value);
  }
  if (UPPER_BOUNDS.has(keyword) && typeof current === 'number' && typeof value === 'number') {
    return Math.min(current, value);
  }
  if (FLAGS.has(keyword)) return current === true || value === true;
  if (keyword === 'type') return intersectTypes(current, value);
  if (keyword === 'required' && Array.isArray(current) && Array.isArray(value)) {
    return [...new Set([...(current as unknown[]), ...(value as unknown[])])];
  }
  if (keyword === 'enum' && Array.isArray(current) && Array.isArray(value)) {
    const allowed = new Set(value.map((item) => JSON.stringify(item)));
    return current.filter((item) => allowed.has(JSON.stringify(item)));
  }
  if (SCHEMA_MAPS.has(keyword)) return mergeSchemaMaps(current, value);
  return undefined;
}

function intersectTypes(current: unknown, value: unknown): string[] {
  const list = (types: unknown): string[] => (Array.isArray(types) ? types.map(String) : [String(types)]);
  const other = list(value);
  const keeps = (type: string): boolean =>
    other.includes(type) || (type === 'integer' && other.includes('number'));
  const fromCurrent = list(current).filter(keeps);
  const integerFromOther = other.includes('integer') && list(current).includes('number') ? ['integer'] : [];
  return [...new Set([...fromCurrent, ...integerFromOther])];
}

function mergeSchemaMaps(current: unknown, value: unknown): Record<string, unknown> {
  const merged = copyObject(current as Record<string, unknown>);
  for (const [key, schema] of Object.entries(value as Record<string, unknown>)) {
    setOwn(merged, key, Object.hasOwn(merged, key) ? { allOf: [merged[key], schema] } : schema);
  }
  return merged;
}
