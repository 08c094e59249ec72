import { err, ok, type Result } from '../core/result.ts';
import type { CompiledOperation, CompiledSpec } from '../schema/types.ts';
import { isSelected, type OperationSelection } from './operation-selection.ts';

/** What chooses the operations of a run (CONTRACT_OPERATION, CONTRACT_INCLUDE, CONTRACT_EXCLUDE). */
export interface OperationChoice {
  operation?: string;
  selection: OperationSelection;
}

/**
 * The operations a command or run works on, in document order: the one named by CONTRACT_OPERATION (an
 * error when the document has no such operation), else those CONTRACT_INCLUDE / CONTRACT_EXCLUDE select.
 */
export function selectOperations(
  compiled: CompiledSpec,
  choice: OperationChoice,
): Result<CompiledOperation[]> {
  const only = choice.operation;
  if (only !== undefined) {
    const operation = compiled.operation(only);
    return operation === undefined
      ? err('OAC_ERR_OPERATION_NOT_FOUND', `operation ${only} is not in ${compiled.spec.source}`)
      : ok([operation]);
  }
  return ok(compiled.operations.filter((operation) => isSelected(operation.operation, choice.selection)));
}
