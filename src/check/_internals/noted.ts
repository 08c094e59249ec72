import type { CheckContext, CheckOutcome } from '../types.ts';

/** A noted outcome: its reason (grouped and counted) and the case it applied to, redacted. */
export function noted(ctx: CheckContext, message: string, example?: string): CheckOutcome {
  const { redactor } = ctx.memory;
  return {
    status: 'noted',
    message: redactor.redact(message),
    ...(example === undefined ? {} : { example: redactor.redact(example) }),
  };
}
