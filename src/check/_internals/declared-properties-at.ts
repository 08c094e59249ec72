import type { CompiledSchema } from '../../schema/types.ts';
import { asNode, schemaPartsAt } from './schema-parts-at.ts';

/**
 * The property names a schema declares for the instance at `pointer` (following `properties`, `items`,
 * `$ref` and `allOf`); empty when the path cannot be followed (e.g. through `oneOf`).
 */
export function declaredPropertiesAt(compiled: CompiledSchema, pointer: string): Set<string> {
  const parts = schemaPartsAt(compiled, pointer) ?? [];
  return new Set(parts.flatMap((part) => Object.keys(asNode(part.properties) ?? {})));
}
