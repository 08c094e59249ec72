import type { CheckContext, CheckOutcome } from '../types.ts';
import { capText } from './cap-text.ts';

const MAX_MESSAGE = 500;

/** A noted outcome, its message redacted, then capped. */
export function noted(ctx: CheckContext, message: string): CheckOutcome {
  return { status: 'noted', message: capText(ctx.memory.redactor.redact(message), MAX_MESSAGE) };
}
