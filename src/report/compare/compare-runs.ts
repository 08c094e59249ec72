import { compareTimings } from './compare-timings.ts';
import type { ComparableFinding, RunComparison, RunSnapshot } from './types.ts';

const SEVERITY_ORDER: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** One entry per fingerprint (suites or shards may report the same group): counts add up. */
function byFingerprint(findings: readonly ComparableFinding[]): Map<string, ComparableFinding> {
  const map = new Map<string, ComparableFinding>();
  for (const finding of findings) {
    const known = map.get(finding.fingerprint);
    map.set(
      finding.fingerprint,
      known === undefined ? { ...finding } : { ...known, count: known.count + finding.count },
    );
  }
  return map;
}

function sorted(findings: ComparableFinding[]): ComparableFinding[] {
  return findings.sort(
    (a, b) =>
      (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) ||
      a.operationId.localeCompare(b.operationId) ||
      a.check.localeCompare(b.check) ||
      a.groupKey.localeCompare(b.groupKey),
  );
}

/**
 * Two runs side by side: findings new in NEW (regressions), fixed since OLD, and still failing, matched by
 * fingerprint (operation x check x group key x status, never seeds or messages); and timing changes per
 * operation.
 */
export function compareRuns(old: RunSnapshot, now: RunSnapshot): RunComparison {
  const [before, after] = [byFingerprint(old.findings), byFingerprint(now.findings)];
  return {
    old: { sources: old.sources, startedAt: old.startedAt },
    new: { sources: now.sources, startedAt: now.startedAt },
    newFindings: sorted([...after.values()].filter((finding) => !before.has(finding.fingerprint))),
    fixedFindings: sorted([...before.values()].filter((finding) => !after.has(finding.fingerprint))),
    stillFailing: sorted([...after.values()].filter((finding) => before.has(finding.fingerprint))),
    timings: compareTimings(old.timings, now.timings),
  };
}
