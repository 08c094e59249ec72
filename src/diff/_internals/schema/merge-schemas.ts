import { copyObject } from '../../../core/own-property.ts';
import { mergeAllOfKeyword } from '../../../schema/merge-all-of-keyword.ts';

export type SchemaNode = Record<string, unknown>;

/**
 * The constraints of two schemas that must both hold (an `allOf`, or a `$ref` with siblings) as one
 * schema, merged by the rules generation uses. A keyword that cannot be merged keeps the first schema's
 * value: good enough to compare like with like.
 */
export function mergeSchemas(a: SchemaNode, b: SchemaNode): SchemaNode {
  const out = copyObject(a);
  for (const [keyword, value] of Object.entries(b)) mergeAllOfKeyword(out, keyword, value);
  return out;
}
