import type { SpecFinding } from '../../types.ts';
import type { DocumentCheck } from './document-check.ts';

export const duplicateOperationId: DocumentCheck = (_document, operations) => {
  const firstAt = new Map<string, string>();
  const findings: SpecFinding[] = [];
  for (const operation of operations) {
    const first = firstAt.get(operation.operationId);
    if (first === undefined) {
      firstAt.set(operation.operationId, `${operation.method.toUpperCase()} ${operation.path}`);
      continue;
    }
    findings.push({
      code: 'duplicate-operation-id',
      severity: 'warning',
      message: `operationId "${operation.operationId}" of ${operation.method.toUpperCase()} ${operation.path} is already used by ${first}; lookups by id find the first`,
      operationId: operation.operationId,
      pointer: operation.pointer,
    });
  }
  return findings;
};
