import type { LoadedSpec, Operation } from '../spec/types.ts';
import type { DiffSide, SpecChange, SpecDiff } from './types.ts';
import type { DiffContext, OperationChange, Views } from './_internals/diff-context.ts';
import { operationKey, operationLabel, pathKey } from './_internals/operation-key.ts';
import { diffOperation } from './_internals/rules/diff-operation.ts';
import { createSchemaView } from './_internals/schema/schema-view.ts';

function viewsOf(spec: LoadedSpec): Views {
  return { request: createSchemaView(spec, 'request'), response: createSchemaView(spec, 'response') };
}

function sideOf(spec: LoadedSpec): DiffSide {
  const { source, openapiVersion, title, version, hash } = spec;
  return { source, openapiVersion, title, version, hash };
}

function named(operation: Operation, change: OperationChange): SpecChange {
  return { ...change, operation: operationLabel(operation), operationId: operation.operationId };
}

/** Operations only one document has: a removed one breaks its clients (`path-removed` when the whole path went). */
function unmatched(from: LoadedSpec, to: LoadedSpec, removed: boolean): SpecChange[] {
  const keys = new Set(to.operations.map(operationKey));
  const paths = new Set(to.operations.map((operation) => pathKey(operation.path)));
  // An operation the other document has but cannot describe (a $ref to nothing) is not gone: say why.
  const unreadable = new Map(
    to.skippedOperations.map((skipped) => [
      `${skipped.method.toUpperCase()} ${pathKey(skipped.path)}`,
      skipped.reason,
    ]),
  );
  return from.operations
    .filter((operation) => !keys.has(operationKey(operation)))
    .map((operation) => {
      const reason = unreadable.get(operationKey(operation));
      if (reason !== undefined) {
        const message = `cannot be read in the ${removed ? 'head' : 'base'} document: ${reason}`;
        const change = {
          code: 'operation-unresolved',
          breaking: removed,
          side: 'operation' as const,
          location: 'operation',
          message,
        };
        return named(operation, change);
      }
      const whole = paths.has(pathKey(operation.path)) ? 'operation' : 'path';
      const code = `${whole}-${removed ? 'removed' : 'added'}`;
      const message = `${whole === 'path' ? 'path' : 'method'} ${removed ? 'removed' : 'added'}`;
      return named(operation, { code, breaking: removed, side: 'operation', location: 'operation', message });
    });
}

function order(a: SpecChange, b: SpecChange): number {
  return (
    Number(b.breaking) - Number(a.breaking) ||
    a.operation.localeCompare(b.operation) ||
    a.location.localeCompare(b.location) ||
    a.code.localeCompare(b.code)
  );
}

/**
 * Every change from `base` to `head`, each classified as breaking or not for clients written against
 * `base`. Schemas are compared after translation to JSON Schema 2020-12, so a 3.0 and a 3.1 document
 * saying the same thing show no change; recursive schemas are compared once per pair of definitions.
 */
export function diffSpecs(base: LoadedSpec, head: LoadedSpec): SpecDiff {
  const changes: SpecChange[] = [...unmatched(base, head, true), ...unmatched(head, base, false)];
  const context: Omit<DiffContext, 'emit'> = { base: viewsOf(base), head: viewsOf(head) };
  const heads = new Map(head.operations.map((operation) => [operationKey(operation), operation]));
  for (const before of base.operations) {
    const after = heads.get(operationKey(before));
    if (after === undefined) continue;
    diffOperation({ ...context, emit: (change) => void changes.push(named(after, change)) }, before, after);
  }
  changes.sort(order);
  return {
    base: sideOf(base),
    head: sideOf(head),
    changes,
    breaking: changes.filter((change) => change.breaking).length,
  };
}
