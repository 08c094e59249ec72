import type { FindingGroup } from '../run/types.ts';
import type { Baseline, BaselineEntry } from './baseline-file.ts';
import { findingFingerprint } from './finding-fingerprint.ts';

export interface BaselineVerdict {
  /** Findings the baseline knows, still valid. */
  known: { group: FindingGroup; entry: BaselineEntry }[];
  /** Findings the baseline does not know. */
  added: FindingGroup[];
  /** Baseline entries whose finding no longer occurs: the baseline must shrink. */
  gone: BaselineEntry[];
  /** Baseline entries past their expiry date whose finding still occurs. */
  expired: { group: FindingGroup; entry: BaselineEntry }[];
  passed: boolean;
}

/**
 * Judges a run's findings against a baseline on `today` (`YYYY-MM-DD`, UTC): the run passes only while
 * exactly the known, unexpired findings remain.
 */
export function compareBaseline(
  baseline: Baseline,
  findings: readonly FindingGroup[],
  today: string,
): BaselineVerdict {
  const entries = new Map(baseline.findings.map((entry) => [entry.fingerprint, entry]));
  const verdict: BaselineVerdict = { known: [], added: [], gone: [], expired: [], passed: false };
  const seen = new Set<string>();
  for (const group of findings) {
    const fingerprint = findingFingerprint(group);
    seen.add(fingerprint);
    const entry = entries.get(fingerprint);
    if (entry === undefined) verdict.added.push(group);
    else if (entry.expires !== undefined && entry.expires < today) verdict.expired.push({ group, entry });
    else verdict.known.push({ group, entry });
  }
  verdict.gone = baseline.findings.filter((entry) => !seen.has(entry.fingerprint));
  verdict.passed = verdict.added.length + verdict.gone.length + verdict.expired.length === 0;
  return verdict;
}
