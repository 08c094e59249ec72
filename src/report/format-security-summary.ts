import type { SecuritySummary } from '../generate/security-summary.ts';

const MAX_OPERATIONS_SHOWN = 5;

function operationList(operations: string[]): string {
  const shown = operations.slice(0, MAX_OPERATIONS_SHOWN).join(', ');
  const more = operations.length - MAX_OPERATIONS_SHOWN;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/**
 * The security schemes a run tests, and one line per scheme it cannot satisfy with why and where: cases
 * that need it are left out, and 401/403 answers where no requirement can be met are noted, not failed.
 */
export function formatSecuritySummary(summary: SecuritySummary): string[] {
  const lines: string[] = [];
  if (summary.tested.length > 0) lines.push(`security schemes tested: ${summary.tested.join(', ')}`);
  for (const { scheme, why, operations } of summary.unsatisfied)
    lines.push(`security scheme not satisfied: ${scheme}: ${why} (${operationList(operations)})`);
  if (summary.unmet.length > 0)
    lines.push(`sent without credentials (401/403 noted, not judged): ${operationList(summary.unmet)}`);
  return lines;
}
