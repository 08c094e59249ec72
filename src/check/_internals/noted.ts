import type { CheckContext, CheckOutcome } from '../types.ts';

/** A noted outcome, its message redacted. */
export function noted(ctx: CheckContext, message: string): CheckOutcome {
  return { status: 'noted', message: ctx.memory.redactor.redact(message) };
}
