import type { Exchange } from '../http/types.ts';
import { CheckFailedError } from './check-failed-error.ts';
import { rememberSecrets } from './remember-secrets.ts';
import type { Check, CheckContext, CheckResult } from './types.ts';

/** The verdicts on one exchange, and the tool error when a check could not give its verdict. */
export interface CheckRun {
  /** One per enabled check that ran to the end, in order. */
  results: CheckResult[];
  /** The first check that threw: the run cannot pass on this exchange. */
  toolError?: CheckFailedError;
}

/** The first line of what was thrown, redacted: it may quote the answer, and no stack trace reaches a user. */
function firstLine(ctx: CheckContext, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return ctx.memory.redactor.redact(message.split('\n')[0] ?? '');
}

/**
 * Runs the enabled checks on one exchange, after registering the secrets of its response so that no
 * evidence can show them. A check that throws gives no verdict: it comes back as the tool error, never as a
 * failure of the API. If the secrets cannot be registered, no check runs: their evidence could leak them.
 */
export function runChecks(checks: readonly Check[], ctx: CheckContext, exchange: Exchange): CheckRun {
  try {
    rememberSecrets(ctx, exchange);
  } catch (error) {
    return { results: [], toolError: new CheckFailedError(undefined, firstLine(ctx, error)) };
  }
  const run: CheckRun = { results: [] };
  for (const check of checks) {
    if (ctx.options.disabled.has(check.name)) continue;
    const { name, severity, origin } = check;
    try {
      run.results.push({ check: name, severity, origin, outcome: check.run(ctx, exchange) });
    } catch (error) {
      run.toolError ??= new CheckFailedError(name, firstLine(ctx, error));
    }
  }
  return run;
}
