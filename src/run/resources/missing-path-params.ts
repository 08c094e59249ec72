import type { CompiledOperation } from '../../schema/types.ts';

/** The operation's path parameters, in path order, that have no known value: they name a resource. */
export function missingPathParams(operation: CompiledOperation, known: Record<string, string>): string[] {
  const declared = new Set(
    operation.operation.parameters.filter((p) => p.in === 'path' && p.required).map((p) => p.name),
  );
  const inPath = [...operation.operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  return inPath.filter((name) => declared.has(name) && known[name] === undefined);
}
