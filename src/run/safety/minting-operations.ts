import type { CompiledOperation, CompiledSpec } from '../../schema/types.ts';
import { schemaPropertyNames } from '../../schema/schema-property-names.ts';

const SAFE_METHODS = new Set(['get', 'head', 'options', 'trace']);

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

/**
 * Ids of the operations that mint a key: a method that changes state whose 2xx answer declares a secret field
 * (`value`, from CONTRACT_SECRET_FIELDS). Creating and rotating both qualify, found by shape, not by name.
 */
export function mintingOperations(spec: CompiledSpec, secretFields: readonly string[]): Set<string> {
  return new Set(
    spec.operations
      .filter((op) => !SAFE_METHODS.has(op.operation.method) && declaresSecret(op, secretFields))
      .map((op) => op.operation.operationId),
  );
}
