import { isRecord } from '../../../spec/_internals/is-record.ts';

export type SchemaNode = Record<string, unknown>;

const UPPER_LIMITS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);
const LOWER_LIMITS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);

function mergeProperties(a: unknown, b: unknown): SchemaNode {
  const out: SchemaNode = { ...(isRecord(a) ? a : {}) };
  for (const [name, schema] of Object.entries(isRecord(b) ? b : {})) {
    // Both constrain the property: left as an allOf, merged lazily when the walker reaches it.
    out[name] = name in out ? { allOf: [out[name], schema] } : schema;
  }
  return out;
}

function typeList(type: unknown): string[] {
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : [];
}

function mergeKeyword(keyword: string, a: unknown, b: unknown): unknown {
  if (keyword === 'properties') return mergeProperties(a, b);
  if (keyword === 'required') return [...new Set([...typeList(a), ...typeList(b)])];
  if (keyword === 'type') {
    const both = typeList(a).filter((type) => typeList(b).includes(type));
    return both.length === 1 ? both[0] : both;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    if (UPPER_LIMITS.has(keyword)) return Math.min(a, b);
    if (LOWER_LIMITS.has(keyword)) return Math.max(a, b);
  }
  return a; // anything else: the first schema that says it wins (good enough to compare like with like)
}

/**
 * The constraints of two schemas that must both hold (an `allOf`, or a `$ref` with siblings) as one
 * schema: properties and required lists joined, numeric limits the tighter, types intersected.
 */
export function mergeSchemas(a: SchemaNode, b: SchemaNode): SchemaNode {
  const out: SchemaNode = { ...a };
  for (const [keyword, value] of Object.entries(b)) {
    out[keyword] = keyword in out ? mergeKeyword(keyword, out[keyword], value) : value;
  }
  return out;
}
