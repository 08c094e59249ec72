import { err, ok, type Result } from '../core/result.ts';
import type { CompiledOperation, CompiledSpec } from '../schema/types.ts';
import { isSelected, readOperationSelection } from './operation-selection.ts';

/**
 * The operations a command or suite works on, in document order: the one named by CONTRACT_OPERATION (an
 * error when the document has no such operation), else those CONTRACT_INCLUDE / CONTRACT_EXCLUDE select.
 */
export function selectOperations(
  compiled: CompiledSpec,
  env: Record<string, string | undefined>,
): Result<CompiledOperation[]> {
  const only = env.CONTRACT_OPERATION?.trim();
  if (only) {
    const operation = compiled.operation(only);
    return operation === undefined
      ? err('OAC_ERR_OPERATION_NOT_FOUND', `operation ${only} is not in ${compiled.spec.source}`)
      : ok([operation]);
  }
  const selection = readOperationSelection(env);
  if (!selection.ok) return selection;
  return ok(compiled.operations.filter((operation) => isSelected(operation.operation, selection.value)));
}
