import type { CheckContext, CheckOutcome, Evidence } from '../types.ts';
import { capEvidence } from './cap-evidence.ts';
import { capText } from './cap-text.ts';

/** A failure message reads on one screen line or two; the evidence holds the detail. */
const MAX_MESSAGE = 500;

/**
 * A failed outcome, its message and evidence passed through the run's redactor, then capped in size:
 * every failure goes through here, so no check can leak a token or a minted value into a report, nor
 * bloat it with a hostile body.
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
    message: capText(redactor.redact(message, MAX_MESSAGE + 1), MAX_MESSAGE),
    evidence: capEvidence(redactor.redactValue(evidence)),
    groupKey: capText(redactor.redact(groupKey, MAX_MESSAGE + 1), MAX_MESSAGE),
  };
}
