import { getAtPointer } from '../core/json-pointer.ts';
import type { Operation } from './types.ts';

function nonEmpty(value: unknown): unknown[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value : undefined;
}

/**
 * The Server Objects that apply to an operation, as written: the operation's own `servers`, else its path
 * item's, else the document's (OpenAPI: the most specific non-empty list wins). Empty when none is written.
 */
export function serversOf(document: Record<string, unknown>, operation: Operation): unknown[] {
  const pathItem = operation.pointer.slice(0, operation.pointer.lastIndexOf('/'));
  const at = (pointer: string): unknown =>
    (getAtPointer(document, pointer) as { servers?: unknown } | undefined)?.servers;
  return nonEmpty(at(operation.pointer)) ?? nonEmpty(at(pathItem)) ?? nonEmpty(document.servers) ?? [];
}
