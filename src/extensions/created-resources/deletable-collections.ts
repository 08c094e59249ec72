import type { CompiledOperation, CompiledSpec } from '../../schema/types.ts';

/** How to delete what a creating operation made: the DELETE on its item path, and the parameter it names. */
export interface Deletion {
  operation: CompiledOperation;
  param: string;
  /** The GET on the same item path, when declared: what tells whether a DELETE answered 404 left it. */
  read?: CompiledOperation;
}

const ITEM = /^\/\{([^{}/]+)\}$/;

/**
 * The operations that create a resource the document also lets a client delete, by the REST convention:
 * `POST /things` creates what `DELETE /things/{thingId}` deletes (one path segment more, a parameter). Keyed by
 * the creating operation's id.
 */
export function deletableCollections(compiled: CompiledSpec): Map<string, Deletion> {
  const deletions = new Map<string, Deletion>();
  for (const create of compiled.operations) {
    if (create.operation.method !== 'post') continue;
    const collection = create.operation.path;
    for (const candidate of compiled.operations) {
      const { method, path } = candidate.operation;
      if (method !== 'delete' || !path.startsWith(collection)) continue;
      const param = ITEM.exec(path.slice(collection.length))?.[1];
      if (param === undefined) continue;
      const read = compiled.operations.find(
        (op) => op.operation.method === 'get' && op.operation.path === path,
      );
      deletions.set(create.operation.operationId, { operation: candidate, param, ...(read && { read }) });
    }
  }
  return deletions;
}
