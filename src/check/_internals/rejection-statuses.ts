import type { RequestCase } from '../../generate/types.ts';
import type { CompiledOperation } from '../../schema/types.ts';
import { declaresStatus } from './declares-status.ts';

const ALL_CLIENT_ERRORS = Array.from({ length: 100 }, (_, index) => 400 + index);
/** Statuses about credentials or rate, not about the data. */
const NOT_ABOUT_DATA = new Set([401, 403, 407, 429]);

function declaredClientErrors(operation: CompiledOperation): number[] {
  const statuses = operation.responses.map((response) => response.spec.status.toUpperCase());
  if (statuses.includes('4XX')) return ALL_CLIENT_ERRORS.filter((status) => !NOT_ABOUT_DATA.has(status));
  return statuses
    .map(Number)
    .filter((status) => status >= 400 && status < 500 && !NOT_ABOUT_DATA.has(status));
}

/** The usual statuses for bad input: a document declaring both ties neither to a particular reason. */
const DATA_ERRORS = [400, 422];

/**
 * The statuses that reject bad input for an operation: those of 400 and 422 it declares, else any declared
 * client error (400 or 422 when none is). A bad path value may also be 404: a router cannot tell a
 * malformed id from an unknown one.
 */
export function rejectionStatuses(operation: CompiledOperation, requestCase: RequestCase): number[] {
  let statuses = DATA_ERRORS.filter((status) => declaresStatus(operation, status));
  if (statuses.length === 0) statuses = declaredClientErrors(operation);
  if (statuses.length === 0) statuses = [400, 422];
  if (requestCase.reason?.location === 'path' && !statuses.includes(404)) statuses = [...statuses, 404];
  return statuses;
}
