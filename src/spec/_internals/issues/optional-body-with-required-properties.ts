import type { Operation, SpecFinding } from '../../types.ts';
import { requiredProperties } from '../required-properties.ts';
import type { DocumentCheck } from './document-check.ts';

function findingFor(document: unknown, operation: Operation): SpecFinding[] {
  const body = operation.requestBody;
  if (body === undefined || body.required) return [];
  return body.content.flatMap((media) => {
    const required = requiredProperties(document, media.schema);
    if (required.length === 0) return [];
    const method = operation.method.toUpperCase();
    return [
      {
        code: 'optional-body-with-required-properties',
        severity: 'warning' as const,
        message:
          `${operation.operationId}: the request body is optional (no \`required: true\`) but its ${media.mediaType} ` +
          `schema requires ${required.join(', ')}; by the letter of OpenAPI a ${method} without a body is valid`,
        operationId: operation.operationId,
        pointer: `${operation.pointer}/requestBody`,
      },
    ];
  });
}

export const optionalBodyWithRequiredProperties: DocumentCheck = (document, operations) =>
  operations.flatMap((operation) => findingFor(document, operation));
