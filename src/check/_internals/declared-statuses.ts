import type { CompiledOperation } from '../../schema/types.ts';

/** The statuses an operation declares, as written (`201`, `4XX`, `default`). */
export function declaredStatuses(operation: CompiledOperation): string[] {
  return operation.responses.map((response) => response.spec.status);
}
