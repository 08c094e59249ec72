import type { CleanupReport } from './revoke-run-keys.ts';

/** Keys a 404 left in doubt: their ids, and why, once when all share it (a server without the route). */
function describeUnconfirmed(unconfirmed: CleanupReport['unconfirmed']): string {
  const outcomes = new Set(unconfirmed.map((u) => u.outcome));
  const [only] = outcomes;
  const shown = unconfirmed.slice(0, 3);
  const ids = (
    outcomes.size === 1 ? shown.map((u) => u.id) : shown.map((u) => `${u.id} (${u.outcome})`)
  ).join(', ');
  const more = unconfirmed.length > shown.length ? ', …' : '';
  const sample = outcomes.size === 1 ? `${only ?? ''}: ${ids}${more}` : `${ids}${more}`;
  return `${unconfirmed.length} NOT revoked (unconfirmed): ${sample}; left active for \`contract cleanup\``;
}

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
  if (report.unconfirmed.length > 0) parts.push(describeUnconfirmed(report.unconfirmed));
  if (report.stillActive !== undefined)
    parts.push(
      report.stillActive.length === 0
        ? 'the list shows none of them active'
        : `the list still shows ${report.stillActive.length} active: ${report.stillActive.slice(0, 3).join(', ')}`,
    );
  parts.push(...report.problems);
  return `clean-up: ${parts.join('; ')}`;
}
