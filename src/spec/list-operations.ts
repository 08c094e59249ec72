import { toPointer } from '../core/json-pointer.ts';
import { HTTP_METHODS, type OpenApiDialect, type Operation, type SpecFinding } from './types.ts';
import { buildOperation } from './_internals/build-operation.ts';
import { followRefs } from './_internals/follow-refs.ts';
import { asRecord, isRecord } from './_internals/is-record.ts';

function missingOperationId(operation: Operation): SpecFinding {
  return {
    code: 'missing-operation-id',
    severity: 'info',
    message: `${operation.method.toUpperCase()} ${operation.path} has no operationId; it is called "${operation.operationId}" here`,
    operationId: operation.operationId,
    pointer: operation.pointer,
  };
}

/**
 * Every path x method of the bundled document as an Operation. Reference Objects of path items, parameters,
 * request bodies, responses and headers are followed; schemas keep their `$ref`s.
 */
export function listOperations(
  document: Record<string, unknown>,
  dialect: OpenApiDialect,
): { operations: Operation[]; findings: SpecFinding[] } {
  const operations: Operation[] = [];
  const findings: SpecFinding[] = [];
  for (const [path, rawItem] of Object.entries(asRecord(document.paths))) {
    if (path.startsWith('x-')) continue; // an extension of the Paths Object, not a path
    const item = followRefs(document, rawItem, toPointer(['paths', path]));
    if (!isRecord(item.value)) continue;
    for (const method of HTTP_METHODS) {
      const raw = item.value[method];
      if (!isRecord(raw)) continue;
      const pathItem = item.value;
      const operation = buildOperation({
        document,
        dialect,
        path,
        method,
        pathItem,
        pathItemPointer: item.pointer,
        raw,
      });
      operations.push(operation);
      if (typeof raw.operationId !== 'string' || raw.operationId === '')
        findings.push(missingOperationId(operation));
    }
  }
  return { operations, findings };
}
