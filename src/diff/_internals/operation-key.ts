import type { Operation } from '../../spec/types.ts';

/** `POST /a/{}`: templates that differ only in parameter names are the same endpoint for clients. */
export function pathKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

export function operationKey(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${pathKey(operation.path)}`;
}

export function operationLabel(operation: Operation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
