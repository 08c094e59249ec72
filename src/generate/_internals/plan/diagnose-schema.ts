import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { documentPointerOfRef } from '../../../schema/document-pointer-of-ref.ts';
import type { CompiledSchema, JsonSchema } from '../../../schema/types.ts';
import { isJsonSchema } from '../schema-object.ts';
import { patternArbitrary } from '../string-arbitrary.ts';

/** Keywords whose values are checked after construction rather than built, most likely culprit first. */
const CHECKED_AFTER = [
  'not',
  'if',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'oneOf',
];

export interface Culprit {
  keyword: string;
  /** JSON pointer in the document. */
  pointer: string;
}

function hardKeyword(node: Record<string, unknown>): string | undefined {
  if (typeof node.pattern === 'string' && patternArbitrary(node.pattern) === undefined) return 'pattern';
  return CHECKED_AFTER.find((keyword) => keyword in node && node[keyword] !== true);
}

const DATA = new Set(['enum', 'const', 'default', 'examples', 'required', 'dependentRequired']);

function children(node: Record<string, unknown>): [string, unknown][] {
  return Object.entries(node).flatMap(([keyword, value]): [string, unknown][] => {
    if (DATA.has(keyword)) return [];
    if (Array.isArray(value)) return value.map((item, index) => [`${keyword}/${index}`, item]);
    if (
      ['properties', 'patternProperties', '$defs', 'dependentSchemas'].includes(keyword) &&
      isJsonSchema(value) &&
      typeof value === 'object'
    )
      return Object.entries(value).map(([key, item]) => [`${keyword}/${escapePointerSegment(key)}`, item]);
    return isJsonSchema(value) && typeof value === 'object' ? [[keyword, value]] : [];
  });
}

/**
 * The keyword most likely to keep values from being built for a schema (one whose values are only checked
 * after construction: `not`, `if`, a pattern fast-check cannot build from...), and where it stands in the
 * document; `schema` at the root when none is found.
 */
export function diagnoseSchema(schema: CompiledSchema): Culprit {
  const seen = new Set<string>();
  const walk = (node: JsonSchema | undefined, pointer: string, depth: number): Culprit | undefined => {
    if (node === undefined || typeof node !== 'object' || depth > 64) return undefined;
    const found = hardKeyword(node);
    if (found !== undefined) return { keyword: found, pointer: `${pointer}/${found}` };
    for (const [path, child] of children(node)) {
      const hit = isJsonSchema(child) ? walk(child, `${pointer}/${path}`, depth + 1) : undefined;
      if (hit) return hit;
    }
    const ref = typeof node.$ref === 'string' ? node.$ref : undefined;
    if (ref === undefined || seen.has(ref)) return undefined;
    seen.add(ref);
    return walk(schema.resolve(ref), documentPointerOfRef(ref) ?? pointer, depth + 1);
  };
  return walk(schema.schema, schema.pointer, 0) ?? { keyword: 'schema', pointer: schema.pointer };
}
