import type { FindingGroup } from '../run/types.ts';

/** Findings that share one cause across operations and statuses: shown as one line, detailed in reports. */
export interface RootCause {
  /** The most severe, most frequent group: its message and reproduction stand for the others. */
  lead: FindingGroup;
  groups: FindingGroup[];
  operations: string[];
  statuses: number[];
  cases: number;
}

/** What a finding says, without where it was seen: statuses and document pointers taken out. */
function causeKey(group: FindingGroup): string {
  const normal = (text: string): string =>
    text.replace(/\/paths\/\S+/g, '<schema>').replace(/\b[1-5]\d\d\b/g, '<status>');
  const { expected, actual } = group.example.evidence;
  return [group.check, normal(expected), normal(actual)].join(' | ');
}

/**
 * Groups findings by cause (check, expectation and observation, whatever the operation or status), in the
 * order of their leading group: one missing property of a shared error schema is one line, not one per status.
 */
export function rootCauses(findings: readonly FindingGroup[]): RootCause[] {
  const causes = new Map<string, RootCause>();
  for (const group of findings) {
    const key = causeKey(group);
    const cause = causes.get(key);
    if (cause === undefined) {
      causes.set(key, { lead: group, groups: [group], operations: [], statuses: [], cases: 0 });
      continue;
    }
    cause.groups.push(group);
  }
  return [...causes.values()].map((cause) => ({
    ...cause,
    operations: [...new Set(cause.groups.map((group) => group.operationId))],
    statuses: [
      ...new Set(cause.groups.flatMap((group) => (group.status === undefined ? [] : [group.status]))),
    ].sort(),
    cases: cause.groups.reduce((sum, group) => sum + group.count, 0),
  }));
}
