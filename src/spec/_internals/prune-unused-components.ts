import { escapePointerSegment } from '../../core/json-pointer.ts';
import { asRecord, isRecord } from './is-record.ts';
import { reachedPointers } from './reached-pointers.ts';

/** Security schemes are named by requirements, never `$ref`ed: they are always kept. */
const KEPT_SECTIONS = new Set(['securitySchemes']);

/** `/components/schemas/A/properties/b` -> `/components/schemas/A`. */
function entryOf(pointer: string): string | undefined {
  return /^\/components\/[^/]+\/[^/]+/.exec(pointer)?.[0];
}

/**
 * A copy of the document without the components no path or webhook reaches through `$ref`s, so that a
 * broken reference in an unused component cannot stop bundling. Returns the copy and the names left out.
 */
export function pruneUnusedComponents(document: Record<string, unknown>): {
  document: Record<string, unknown>;
  removed: string[];
} {
  const reached = reachedPointers(document, ['/paths', '/webhooks'], new Map());
  const used = new Set([...reached].flatMap((pointer) => entryOf(pointer) ?? []));
  const removed: string[] = [];
  const components: Record<string, unknown> = {};
  for (const [section, entries] of Object.entries(asRecord(document.components))) {
    if (KEPT_SECTIONS.has(section) || section.startsWith('x-') || !isRecord(entries)) {
      components[section] = entries;
      continue;
    }
    const kept = Object.entries(entries).filter(([name]) => {
      const keep = used.has(`/components/${escapePointerSegment(section)}/${escapePointerSegment(name)}`);
      if (!keep) removed.push(`${section}/${name}`);
      return keep;
    });
    components[section] = Object.fromEntries(kept);
  }
  return { document: { ...document, components }, removed };
}
