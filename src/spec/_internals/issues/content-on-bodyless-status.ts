import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { Operation, SpecFinding } from '../../types.ts';
import type { DocumentCheck } from './document-check.ts';

/** Statuses that never carry content (RFC 9110: 204 No Content, 205 Reset Content, 304 Not Modified). */
const BODYLESS = new Set(['204', '205', '304']);

function findingsFor(operation: Operation): SpecFinding[] {
  return operation.responses
    .filter((response) => BODYLESS.has(response.status) && response.content.length > 0)
    .map((response) => ({
      code: 'content-on-bodyless-status',
      severity: 'warning' as const,
      message:
        `${operation.operationId}: response ${response.status} declares content ` +
        `(${response.content.map((media) => media.mediaType).join(', ')}), but a ${response.status} has no body (RFC 9110)`,
      operationId: operation.operationId,
      pointer: `${operation.pointer}/responses/${escapePointerSegment(response.status)}/content`,
    }));
}

export const contentOnBodylessStatus: DocumentCheck = (_document, operations) =>
  operations.flatMap(findingsFor);
