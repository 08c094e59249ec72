import type { CompiledSpec } from '../../../schema/types.ts';
import { findKeyOperations } from '../keys/find-key-operations.ts';
import type { LifecycleOperations } from './lifecycle-context.ts';

export type LifecycleSupport = { ok: true; ops: LifecycleOperations } | { ok: false; why: string };

/**
 * The operations a key's life cycle needs (create, list, revoke; rotate when declared), or why the document
 * cannot support it, in words for a skipped suite.
 */
export function lifecycleOperations(spec: CompiledSpec, secretFields: readonly string[]): LifecycleSupport {
  const ops = findKeyOperations(spec, secretFields);
  const source = spec.spec.source;
  if (ops === undefined)
    return {
      ok: false,
      why: `${source} declares no operation that mints a key (a 2xx answer with ${secretFields.join('/')})`,
    };
  const { create, list, revoke, keyParam } = ops;
  const collection = create.operation.path;
  if (list === undefined)
    return { ok: false, why: `${source} declares no list operation (GET ${collection})` };
  if (revoke === undefined || keyParam === undefined)
    return { ok: false, why: `${source} declares no revoke operation (on ${collection}/{id})` };
  return { ok: true, ops: { ...ops, list, revoke, keyParam } };
}
