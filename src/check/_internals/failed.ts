import type { CheckContext, CheckOutcome, Evidence } from '../types.ts';

/**
 * A failed outcome, its message and evidence passed through the run's redactor: every failure goes
 * through here, so no check can leak a token or a minted value into a report.
 */
export function failed(
  ctx: CheckContext,
  message: string,
  evidence: Evidence,
  groupKey: string,
): CheckOutcome {
  const { redactor } = ctx.memory;
  return {
    status: 'failed',
    message: redactor.redact(message),
    evidence: redactor.redactValue(evidence),
    groupKey: redactor.redact(groupKey),
  };
}
