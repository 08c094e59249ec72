import type { Failure, FindingGroup } from './types.ts';

/** A finding group that starts with this failure as its example (`count` of 0 for one shown, not counted). */
export function findingGroupOf(failure: Failure, key: string, count: number): FindingGroup {
  const { operationId, check, severity, origin, groupKey, status } = failure;
  return { key, operationId, check, severity, origin, groupKey, status, count, example: failure };
}
