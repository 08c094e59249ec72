import type { CompiledOperation } from '../../../schema/types.ts';

/** Statuses about credentials or rate, never about the resource. */
const NOT_ABOUT_RESOURCE = new Set([401, 403, 407, 429]);
const FALLBACK = [400, 404, 409, 410, 422];

/**
 * The client errors an operation declares that may refuse a request about its resource (a revoked or unknown
 * key, a bad grace period): every declared 4xx but the credential and rate ones; common ones if none is.
 */
export function refusalStatuses(operation: CompiledOperation): number[] {
  const declared = operation.responses.map((response) => response.spec.status.toUpperCase());
  if (declared.includes('4XX')) return FALLBACK;
  const statuses = declared.map(Number).filter((s) => s >= 400 && s < 500 && !NOT_ABOUT_RESOURCE.has(s));
  return statuses.length > 0 ? statuses : FALLBACK;
}

/** 404 when the operation declares it (the status for an unknown resource), else its refusals. */
export function notFoundStatuses(operation: CompiledOperation): number[] {
  return operation.responses.some((response) => response.spec.status === '404')
    ? [404]
    : refusalStatuses(operation);
}
