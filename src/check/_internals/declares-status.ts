import type { CompiledOperation } from '../../schema/types.ts';

/** Whether the operation declares this exact status (not through `4XX` or `default`). */
export function declaresStatus(operation: CompiledOperation, status: number): boolean {
  return operation.responses.some((response) => response.spec.status === String(status));
}
