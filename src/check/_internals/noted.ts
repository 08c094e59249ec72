import type { CheckContext, CheckOutcome } from '../types.ts';
import { capText } from './cap-text.ts';

const MAX_MESSAGE = 500;

/** A noted outcome: its reason (grouped and counted) and the case it applied to, redacted, then capped. */
export function noted(ctx: CheckContext, message: string, example?: string): CheckOutcome {
  const { redactor } = ctx.memory;
  return {
    status: 'noted',
    message: capText(redactor.redact(message), MAX_MESSAGE),
    ...(example === undefined ? {} : { example: capText(redactor.redact(example), MAX_MESSAGE) }),
  };
}
