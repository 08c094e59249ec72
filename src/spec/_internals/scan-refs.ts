import { getAtPointer, toPointer } from '../../core/json-pointer.ts';
import { refToPointer } from './ref-pointer.ts';

export interface RefScan {
  /** Some `$ref` leaves the document (another file or a URL): the document must be bundled. */
  external: boolean;
  /** The first internal `$ref` whose target is missing, and where it is written. */
  missing?: { ref: string; at: string };
}

/**
 * One walk over the document's `$ref`s. A document whose refs all stay inside it needs no bundling (which
 * costs seconds on a large document); its internal refs are checked here instead, as the bundler would.
 */
export function scanRefs(document: unknown): RefScan {
  const scan: RefScan = { external: false };
  // One path, pushed and popped: the walk allocates nothing per node.
  const path: string[] = [];
  const found = new Map<string, boolean>();
  const exists = (pointer: string): boolean => {
    if (!found.has(pointer)) found.set(pointer, getAtPointer(document, pointer) !== undefined);
    return found.get(pointer) === true;
  };
  const inspect = (ref: string): void => {
    const pointer = refToPointer(ref);
    if (pointer === undefined) scan.external = true;
    else if (scan.missing === undefined && !exists(pointer)) scan.missing = { ref, at: toPointer(path) };
  };
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !Array.isArray(node)) {
        inspect(value);
        continue;
      }
      path.push(key);
      walk(value);
      path.pop();
    }
  };
  walk(document);
  return scan;
}
