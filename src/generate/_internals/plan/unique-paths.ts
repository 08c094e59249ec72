import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { CompiledSchema } from '../../../schema/types.ts';
import { rootContext } from '../gen-context.ts';
import { declaredTypes } from '../json-types.ts';
import { viewOf } from '../schema-view.ts';
import { visibleProperties } from '../visible-properties.ts';

const SHAPING = ['format', 'pattern', 'enum', 'const'];

/**
 * Top-level string properties whose text is free (no format, pattern, enum or const): names and labels that
 * a server may require to be unique, so each send gets a run tag there.
 */
export function uniquePaths(schema: CompiledSchema): string[] {
  const root = viewOf(schema.schema, rootContext(schema));
  return visibleProperties(root)
    .filter((entry) => {
      const view = viewOf(entry.schema, root.ctx);
      const types = declaredTypes(view.schema);
      return (
        types !== undefined && types.includes('string') && !SHAPING.some((keyword) => keyword in view.schema)
      );
    })
    .map((entry) => `/${escapePointerSegment(entry.key)}`);
}
