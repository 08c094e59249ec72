import type { CheckResult } from '../../../check/types.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import type { CaseOutcome } from '../../../run/types.ts';
import { fail, pass, skip } from './judge.ts';
import { LIFECYCLE_CHECKS as C } from './lifecycle-checks.ts';
import { stepCase, type LifecycleContext } from './lifecycle-context.ts';
import { createStep } from './create-step.ts';
import { mintedKeyOf, type MintedKey } from './minted-key.ts';
import { recordExtensionVerdicts } from '../../../run/record-extension-verdicts.ts';
import { refusalStatuses } from './refusal-statuses.ts';
import { rotateStep } from './rotate-steps.ts';
import { sendStep } from './send-step.ts';
import { graceField, type TimeField } from './time-fields.ts';
import { valueStep } from './value-steps.ts';

/** Grace periods the document allows: the shortest positive one, and the longest (ten units when unbounded). */
function graceValues(field: TimeField): { shortest: number; longest: number } {
  const shortest = Math.max(1, Math.ceil(field.minimum ?? 1));
  return { shortest, longest: Math.max(shortest + 1, Math.floor(field.maximum ?? shortest + 10)) };
}

/**
 * With the shortest grace period, the rotated-from value must still work right after the rotation. Returns
 * the issued key (the rotated-from one stays active until its grace ends, or the clean-up revokes it).
 */
export async function graceHonouredStep(
  ctx: LifecycleContext,
  rotate: CompiledOperation,
  key: MintedKey,
): Promise<MintedKey | undefined> {
  const field = graceField(rotate);
  if (field === undefined) return undefined;
  const body = { [field.name]: graceValues(field).shortest };
  const fresh = await rotateStep(ctx, rotate, key, body, `rotate with ${field.name} ${body[field.name]}`);
  if (fresh !== undefined)
    await valueStep(ctx, key, 'works', C.gracePeriodHonoured, 'the rotated-from key during its grace period');
  return fresh;
}

function refusedVerdict(ctx: LifecycleContext, outcome: CaseOutcome, expected: number[]): CheckResult {
  const status = outcome.exchange.response?.status;
  if (status !== undefined && expected.includes(status)) return pass(C.graceBeyondExpiryRejected);
  if (status === undefined || status >= 500) return skip(C.graceBeyondExpiryRejected, 'no usable answer');
  const issued = mintedKeyOf(outcome.exchange, ctx.session.checkOptions.secretFields);
  return fail(ctx.session, C.graceBeyondExpiryRejected, outcome.exchange, {
    message: `a grace period outliving the key's expiry was answered ${status}${issued ? ' with a new key' : ''}`,
    expected: expected.join(' or '),
    actual: String(status),
    groupKey: String(status),
  });
}

/**
 * A grace period outliving the key's expiry must be refused: a key expiring in half the longest grace period
 * is rotated with the longest one. Needs an expiry on create and a grace period on rotate.
 */
export async function graceBeyondExpiryStep(ctx: LifecycleContext, rotate: CompiledOperation): Promise<void> {
  const field = graceField(rotate);
  if (field === undefined) return;
  const { longest } = graceValues(field);
  const key = await createStep(
    ctx,
    'create a key that expires soon',
    Date.now() + (longest * field.unitMs) / 2,
  );
  if (key === undefined) return;
  const body = { [field.name]: longest };
  const expected = refusalStatuses(rotate);
  const requestCase = stepCase(ctx, rotate, {
    title: `rotate with ${field.name} ${longest}, beyond the key's expiry`,
    keyId: key.id,
    body,
    expect: 'rejected',
    tolerated: expected,
  });
  const outcome = await sendStep(ctx.session, requestCase, 'lifecycle');
  const verdict = refusedVerdict(ctx, outcome, expected);
  recordExtensionVerdicts(ctx.session, outcome, [verdict]);
}
