import type { CleanupReport } from './revoke-run-keys.ts';

/** One line for the console: what the end-of-run clean-up did, and what is left for `contract cleanup`. */
export function describeCleanup(report: CleanupReport): string {
  const parts: string[] = [];
  if (report.unrevocable !== undefined)
    parts.push(`${report.minted} key(s) this run created remain active: ${report.unrevocable}`);
  else parts.push(`revoked ${report.revoked} key(s); ${report.minted} created by this run`);
  if (report.failed.length > 0) {
    const sample = report.failed.slice(0, 3).map((f) => `${f.id} (${f.outcome})`);
    parts.push(
      `${report.failed.length} could not be revoked: ${sample.join(', ')}; run \`contract cleanup\``,
    );
  }
  if (report.stillActive !== undefined)
    parts.push(
      report.stillActive.length === 0
        ? 'the list shows none of them active'
        : `the list still shows ${report.stillActive.length} active: ${report.stillActive.slice(0, 3).join(', ')}`,
    );
  parts.push(...report.problems);
  return `clean-up: ${parts.join('; ')}`;
}
