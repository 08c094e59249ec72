import type { CheckResult } from '../../../check/types.ts';
import type { CaseOutcome } from '../../../run/types.ts';
import { fail, pass, skip } from './judge.ts';
import type { LifecycleCheck } from './lifecycle-checks.ts';
import { stepCase, type LifecycleContext } from './lifecycle-context.ts';
import type { MintedKey } from './minted-key.ts';
import { recordExtensionVerdicts } from '../../../run/record-extension-verdicts.ts';
import { sendWithValue } from './send-step.ts';

/** Whether a key's value is expected to open the API at this step. */
export type ValueExpectation = 'works' | 'stopped';

/** 401 means the value did not authenticate; any other answer (even 403 or 404) means it did. */
function verdict(
  ctx: LifecycleContext,
  check: LifecycleCheck,
  outcome: CaseOutcome,
  expected: ValueExpectation,
): CheckResult {
  const status = outcome.exchange.response?.status;
  if (status === undefined) return skip(check, `no answer (${outcome.exchange.error?.code ?? 'unknown'})`);
  if (status >= 500) return skip(check, `server error ${status}: cannot tell`);
  // The list route itself is refused: nothing was authenticated either way.
  if (status === 405) return skip(check, 'the list answered 405: cannot tell');
  const works = status !== 401;
  if (works === (expected === 'works')) return pass(check);
  return fail(ctx.session, check, outcome.exchange, {
    message:
      expected === 'works'
        ? `a minted key value does not authenticate: answered ${status}`
        : `a key value that should no longer work still authenticates: answered ${status}`,
    expected:
      expected === 'works'
        ? 'any answer but 401 (the value authenticates)'
        : '401 (the value no longer authenticates)',
    actual: String(status),
    groupKey: `${expected}:${status}`,
  });
}

/**
 * Sends the list request with a key's value as the bearer token: the safest request there is (it reads,
 * changes nothing). The check judges whether the value authenticated as expected at this point of its life.
 */
export async function valueStep(
  ctx: LifecycleContext,
  key: MintedKey,
  expected: ValueExpectation,
  check: LifecycleCheck,
  title: string,
): Promise<void> {
  const requestCase = stepCase(ctx, ctx.ops.list, { title: `${title} (its value as the bearer token)` });
  const outcome = await sendWithValue(ctx.session, ctx.keys, key.value, requestCase);
  recordExtensionVerdicts(ctx.session, outcome, [verdict(ctx, check, outcome, expected)]);
}
