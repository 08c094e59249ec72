import type { OperationFilter } from '../../src/run/operation-selection.ts';
import { matchesFilter } from '../../src/run/operation-selection.ts';
import type { Operation } from '../../src/spec/types.ts';

/**
 * Operations a suite of their own covers, with its extra semantic checks (the key suite: a fresh unique
 * name per case, the repeated-name case, minted-key checks). The all-operations suite leaves them out, so
 * `npm run contract` does not send their cases twice, unless an `id:` term of CONTRACT_INCLUDE (or
 * CONTRACT_OPERATION) names them.
 */
export const DEDICATED_OPERATIONS: readonly string[] = ['createServiceAccountApiKey'];

export function isDedicated(
  operation: Operation,
  env: Record<string, string | undefined>,
  include: readonly OperationFilter[],
): boolean {
  if (!DEDICATED_OPERATIONS.includes(operation.operationId)) return false;
  if (env.CONTRACT_OPERATION?.trim() === operation.operationId) return false;
  return !include.some((filter) => filter.kind === 'id' && matchesFilter(operation, filter));
}
