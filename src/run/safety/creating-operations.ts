import type { CompiledOperation, CompiledSpec } from '../../schema/types.ts';
import { schemaPropertyNames } from '../../schema/schema-property-names.ts';

const SAFE_METHODS = new Set(['get', 'head', 'options', 'trace']);

/** What a creating operation's 2xx answer makes: keys (counted by the secrets it holds) or one resource. */
export type Creation = 'keys' | 'resource';

function declaresSecret(operation: CompiledOperation, secretFields: readonly string[]): boolean {
  return operation.responses.some(
    (response) =>
      /^2/.test(response.spec.status) &&
      response.media.some((media) => {
        if (media.schema === undefined) return false;
        const names = new Set(schemaPropertyNames(media.schema).declared);
        return secretFields.some((field) => names.has(field));
      }),
  );
}

/** A POST that makes something: it declares `201 Created`, or the document names items below its path. */
function createsResource(operation: CompiledOperation, spec: CompiledSpec): boolean {
  const { method, path } = operation.operation;
  if (method !== 'post') return false;
  if (operation.responses.some((response) => response.spec.status === '201')) return true;
  return spec.operations.some((other) => other.operation.path.startsWith(`${path}/{`));
}

/**
 * The operations whose answers the creation budget counts, by id: those that mint a key (a method that changes
 * state whose 2xx answer declares a secret field, `value` from CONTRACT_SECRET_FIELDS: create and rotate alike,
 * found by shape, not by name), and the POSTs that create a resource (each 2xx answer counts one).
 */
export function creatingOperations(
  spec: CompiledSpec,
  secretFields: readonly string[],
): Map<string, Creation> {
  const creating = new Map<string, Creation>();
  for (const op of spec.operations) {
    if (SAFE_METHODS.has(op.operation.method)) continue;
    if (declaresSecret(op, secretFields)) creating.set(op.operation.operationId, 'keys');
    else if (createsResource(op, spec)) creating.set(op.operation.operationId, 'resource');
  }
  return creating;
}
