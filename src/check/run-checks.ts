import type { Exchange } from '../http/types.ts';
import { rememberSecrets } from './remember-secrets.ts';
import type { Check, CheckContext, CheckOutcome, CheckResult } from './types.ts';

/** A check result; `internalError` is set when the check itself threw (a bug of this tool, not of the API). */
export interface CheckRunResult extends CheckResult {
  internalError?: string;
}

function internalError(ctx: CheckContext, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return ctx.memory.redactor.redact(message.split('\n')[0] ?? '');
}

function runOne(check: Check, ctx: CheckContext, exchange: Exchange): CheckRunResult {
  const { name, severity, origin } = check;
  try {
    return { check: name, severity, origin, outcome: check.run(ctx, exchange) };
  } catch (error) {
    const message = internalError(ctx, error);
    const outcome: CheckOutcome = { status: 'skipped', why: `internal error: ${message}` };
    return { check: name, severity, origin, outcome, internalError: message };
  }
}

/**
 * Runs the enabled checks on one exchange, after registering the secrets of its response so that no
 * evidence can show them. A check that throws is a tool error: it comes back `skipped` with
 * `internalError` set, never as a failure of the API. If the secrets cannot be registered, no check runs:
 * their evidence could leak them.
 */
export function runChecks(checks: readonly Check[], ctx: CheckContext, exchange: Exchange): CheckRunResult[] {
  const enabled = checks.filter((check) => !ctx.options.disabled.has(check.name));
  try {
    rememberSecrets(ctx, exchange);
  } catch (error) {
    const message = `secrets not registered: ${internalError(ctx, error)}`;
    return enabled.map(({ name, severity, origin }) => ({
      check: name,
      severity,
      origin,
      outcome: { status: 'skipped', why: `internal error: ${message}` },
      internalError: message,
    }));
  }
  return enabled.map((check) => runOne(check, ctx, exchange));
}
