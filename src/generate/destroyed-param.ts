import type { CompiledOperation } from '../schema/types.ts';

/** Verbs a path ends with (`/keys/{keyId}/revoke`, `/keys/{keyId}:revoke`) when the request ends what it names. */
const DESTROYING =
  /^(delete|remove|destroy|purge|erase|revoke|rotate|disable|deactivate|terminate|expire|invalidate)$/i;

/** What a destructive operation ends: the resource its last path parameter names (none: a whole collection). */
export interface Destruction {
  param?: string;
}

/**
 * Whether an operation destroys what its path names: a DELETE, or a write whose path ends with a destroying
 * verb after its last parameter (revoke, rotate, disable...). The resource is the one named by the last path
 * parameter (the parents before it are only where it lives); a run acts on it only when it created it.
 */
export function destroyedParam(operation: CompiledOperation): Destruction | undefined {
  const { method, path } = operation.operation;
  const declared = new Set(
    operation.operation.parameters.filter((p) => p.in === 'path' && p.required).map((p) => p.name),
  );
  const params = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  const last = params.filter((name) => declared.has(name)).at(-1);
  const tail = path.slice(path.lastIndexOf('}') + 1);
  const verb = tail.split(/[/:]/).some((word) => DESTROYING.test(word));
  const destroys = method === 'delete' || (method !== 'get' && method !== 'head' && verb);
  if (!destroys) return undefined;
  return last === undefined ? {} : { param: last };
}
