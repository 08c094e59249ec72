import { fromPointer } from '../../core/json-pointer.ts';
import type { CompiledSchema } from '../../schema/types.ts';

type Node = Record<string, unknown>;
const MAX_REF_HOPS = 16;

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function deref(compiled: CompiledSchema, value: unknown): Node | undefined {
  let node = asNode(value);
  for (let hops = 0; node && typeof node.$ref === 'string' && hops < MAX_REF_HOPS; hops++) {
    node = asNode(compiled.resolve(node.$ref));
  }
  return node;
}

/** The schemas a node is made of: itself and its `allOf` members. */
function parts(compiled: CompiledSchema, node: Node): Node[] {
  const members = Array.isArray(node.allOf) ? node.allOf.map((member) => deref(compiled, member)) : [];
  return [node, ...members.filter((member): member is Node => member !== undefined)];
}

function step(compiled: CompiledSchema, node: Node, segment: string): Node | undefined {
  for (const part of parts(compiled, node)) {
    const next = /^\d+$/.test(segment) ? part.items : asNode(part.properties)?.[segment];
    if (next !== undefined) return deref(compiled, next);
  }
  return undefined;
}

/**
 * The property names a schema declares for the instance at `pointer` (following `properties`, `items`,
 * `$ref` and `allOf`); empty when the path cannot be followed (e.g. through `oneOf`).
 */
export function declaredPropertiesAt(compiled: CompiledSchema, pointer: string): Set<string> {
  let node = deref(compiled, compiled.schema);
  for (const segment of fromPointer(pointer)) node = node && step(compiled, node, segment);
  if (node === undefined) return new Set();
  return new Set(parts(compiled, node).flatMap((part) => Object.keys(asNode(part.properties) ?? {})));
}
