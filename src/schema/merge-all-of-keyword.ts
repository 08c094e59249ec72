import { copyObject, setOwn } from '../core/own-property.ts';

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
 * Combines one keyword of an `allOf` branch into the schema gathered so far (`target`, changed in place), so
 * that the result allows what both allow: bounds the tighter, types intersected (an integer is a number),
 * `required` joined, `enum` intersected, flags set when either sets them, `properties`,
 * `patternProperties` and `dependentSchemas` joined with an `allOf` per shared entry, annotations from the
 * first. Returns false, leaving `target` as it was, when the two cannot be written as one keyword (two
 * different patterns, two `not`s...): the caller decides (generate validates at the end, the diff keeps the first).
 */
export function mergeAllOfKeyword(target: Record<string, unknown>, keyword: string, value: unknown): boolean {
  if (!Object.hasOwn(target, keyword)) {
    setOwn(target, keyword, value);
    return true;
  }
  if (ANNOTATIONS.has(keyword)) return true;
  const current = target[keyword];
  const merged = combine(keyword, current, value);
  if (merged === undefined) return JSON.stringify(current) === JSON.stringify(value);
  setOwn(target, keyword, merged);
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

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mergeSchemaMaps(current: unknown, value: unknown): Record<string, unknown> | undefined {
  if (!isMap(current) || !isMap(value)) return undefined;
  const merged = copyObject(current);
  // Both constrain the entry: left as an allOf, folded when a walker reaches it.
  for (const [key, schema] of Object.entries(value)) {
    setOwn(merged, key, Object.hasOwn(merged, key) ? { allOf: [merged[key], schema] } : schema);
  }
  return merged;
}
