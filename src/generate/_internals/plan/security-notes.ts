import type { PlanSecurity } from './plan-security.ts';

/**
 * One note per security scheme the run cannot satisfy, and one more when that leaves the operation's
 * requirement unmet: its cases then go without credentials, and a 401 or 403 to them is noted, not failed.
 */
export function securityNotes(security: PlanSecurity): string[] {
  const notes = security.unsatisfied.map(
    ({ scheme, why }) => `security scheme ${scheme} not satisfied: ${why}; cases that need it are left out`,
  );
  if (security.unmet)
    notes.push(
      'no security requirement can be met: cases are sent without credentials, and 401/403 answers to them are noted, not judged',
    );
  return notes;
}
