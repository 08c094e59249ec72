import { fromPointer } from '../../core/json-pointer.ts';
import type { CompiledSchema } from '../../schema/types.ts';

export type SchemaNode = Record<string, unknown>;
const MAX_REF_HOPS = 16;

export function asNode(value: unknown): SchemaNode | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as SchemaNode)
    : undefined;
}

function deref(compiled: CompiledSchema, value: unknown): SchemaNode | undefined {
  let node = asNode(value);
  for (let hops = 0; node && typeof node.$ref === 'string' && hops < MAX_REF_HOPS; hops++) {
    node = asNode(compiled.resolve(node.$ref));
  }
  return node;
}

/** The schemas a node is made of: itself and its `allOf` members. */
function parts(compiled: CompiledSchema, node: SchemaNode): SchemaNode[] {
  const members = Array.isArray(node.allOf) ? node.allOf.map((member) => deref(compiled, member)) : [];
  return [node, ...members.filter((member): member is SchemaNode => member !== undefined)];
}

function step(compiled: CompiledSchema, node: SchemaNode, segment: string): SchemaNode | undefined {
  for (const part of parts(compiled, node)) {
    const next = /^\d+$/.test(segment) ? part.items : asNode(part.properties)?.[segment];
    if (next !== undefined) return deref(compiled, next);
  }
  return undefined;
}

/**
 * The schemas (a node and its `allOf` members, `$ref`s followed) that describe the instance at `pointer`,
 * following `properties` and `items`; undefined when the path cannot be followed (e.g. through `oneOf`).
 */
export function schemaPartsAt(compiled: CompiledSchema, pointer: string): SchemaNode[] | undefined {
  let node = deref(compiled, compiled.schema);
  for (const segment of fromPointer(pointer)) node = node && step(compiled, node, segment);
  return node === undefined ? undefined : parts(compiled, node);
}
