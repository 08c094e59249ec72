import { getAtPointer } from '../../core/json-pointer.ts';
import { refToPointer } from './ref-pointer.ts';

/** The internal `$ref` targets written anywhere inside a node. */
function refsInside(node: unknown, into: string[]): string[] {
  if (node === null || typeof node !== 'object') return into;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const pointer = refToPointer(value);
      if (pointer !== undefined) into.push(pointer);
    } else refsInside(value, into);
  }
  return into;
}

/**
 * The document subtrees an operation depends on: its roots (the operation object, its path-level parameters)
 * and, transitively, every subtree an internal `$ref` inside them points to. `cache` keeps the direct refs of
 * each subtree across calls (one document, many operations).
 */
export function reachedPointers(
  document: unknown,
  roots: readonly string[],
  cache: Map<string, string[]>,
): Set<string> {
  const reached = new Set<string>();
  const queue = [...roots];
  for (let pointer = queue.pop(); pointer !== undefined; pointer = queue.pop()) {
    if (reached.has(pointer)) continue;
    reached.add(pointer);
    let direct = cache.get(pointer);
    if (direct === undefined) {
      direct = refsInside(getAtPointer(document, pointer), []);
      cache.set(pointer, direct);
    }
    queue.push(...direct);
  }
  return reached;
}

/** True when `pointer` is one of `reached` or inside one of them. */
export function isWithin(pointer: string, reached: ReadonlySet<string>): boolean {
  for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
    if (reached.has(pointer.slice(0, end))) return true;
  }
  return reached.has('');
}
