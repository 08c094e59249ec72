import type { Operation, SpecFinding } from '../../types.ts';
import type { DocumentCheck } from './document-check.ts';

function declaresSuccess(operation: Operation): boolean {
  return operation.responses.some(
    (response) => response.status.startsWith('2') || response.status === 'default',
  );
}

export const noSuccessResponse: DocumentCheck = (_document, operations) =>
  operations
    .filter((operation) => !declaresSuccess(operation))
    .map((operation): SpecFinding => ({
      code: 'no-success-response',
      severity: 'warning',
      message: `${operation.operationId}: declares no 2xx (nor default) response: ${operation.responses.map((response) => response.status).join(', ') || 'none'}`,
      operationId: operation.operationId,
      pointer: `${operation.pointer}/responses`,
    }));
