import type { FindingGroup } from '../run/types.ts';
import type { Baseline, BaselineEntry } from './baseline-file.ts';
import { findingFingerprint } from './finding-fingerprint.ts';

export interface BaselineUpdate {
  baseline: Baseline;
  added: BaselineEntry[];
  removed: BaselineEntry[];
}

function newEntry(group: FindingGroup, extra: { expires?: string; note?: string }): BaselineEntry {
  const { operationId, check, groupKey, status, severity } = group;
  const entry: BaselineEntry = {
    fingerprint: findingFingerprint(group),
    operationId,
    check,
    groupKey,
    status,
    severity,
  };
  if (extra.expires !== undefined) entry.expires = extra.expires;
  if (extra.note !== undefined) entry.note = extra.note;
  return entry;
}

/**
 * The baseline of the current findings: entries already known keep their expiry and note; new ones get
 * `expires` and `note` (when given); entries whose finding no longer occurs are dropped.
 */
export function updateBaseline(
  previous: Baseline | undefined,
  findings: readonly FindingGroup[],
  extra: { expires?: string; note?: string } = {},
): BaselineUpdate {
  const known = new Map((previous?.findings ?? []).map((entry) => [entry.fingerprint, entry]));
  const entries = new Map<string, BaselineEntry>();
  const added: BaselineEntry[] = [];
  for (const group of findings) {
    const fingerprint = findingFingerprint(group);
    if (entries.has(fingerprint)) continue;
    const entry = known.get(fingerprint) ?? newEntry(group, extra);
    if (!known.has(fingerprint)) added.push(entry);
    entries.set(fingerprint, entry);
  }
  const removed = [...known.values()].filter((entry) => !entries.has(entry.fingerprint));
  return { baseline: { version: 1, findings: [...entries.values()] }, added, removed };
}
