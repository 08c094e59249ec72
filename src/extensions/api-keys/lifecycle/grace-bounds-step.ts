import type { CheckResult } from '../../../check/types.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import type { CaseOutcome } from '../../../run/types.ts';
import { epochMs } from '../keys/listed-revocation.ts';
import { fail, pass, skip } from './judge.ts';
import { LIFECYCLE_CHECKS as C } from './lifecycle-checks.ts';
import { stepCase, type LifecycleContext } from './lifecycle-context.ts';
import { mintedKeyOf, type MintedKey } from './minted-key.ts';
import { recordExtensionVerdicts } from '../../../run/record-extension-verdicts.ts';
import { sendStep } from './send-step.ts';
import { expiryField, graceField, type TimeField } from './time-fields.ts';
import { valueStep } from './value-steps.ts';

interface Bound {
  which: 'shortest' | 'longest';
  grace: number;
}

function accepted(ctx: LifecycleContext, outcome: CaseOutcome, bound: Bound, field: TimeField): CheckResult {
  const status = outcome.exchange.response?.status;
  if (status !== undefined && status >= 200 && status < 300) return pass(C.graceBoundsHonoured);
  if (status === undefined || status >= 500) return skip(C.graceBoundsHonoured, 'no usable answer');
  return fail(ctx.session, C.graceBoundsHonoured, outcome.exchange, {
    message: `rotating with ${field.name} ${bound.grace} (the ${bound.which} the document allows) was answered ${status}`,
    expected: `2xx with a new key (${field.name} ${bound.grace} is within the schema's bounds)`,
    actual: String(status),
    groupKey: `${bound.which}:${status}`,
  });
}

/** Whether the key outlives the grace period (else a refusal would be right: the document allows it). */
function outlivesGrace(ctx: LifecycleContext, key: MintedKey, field: TimeField, grace: number): boolean {
  const expiry = expiryField(ctx.ops.create);
  const at = expiry === undefined ? undefined : key.object[expiry.name];
  if (expiry === undefined || at === undefined || at === null) return true;
  const ms = typeof at === 'number' ? at * expiry.unitMs : epochMs(at);
  return Number.isNaN(ms) || ms > Date.now() + grace * field.unitMs;
}

async function boundStep(
  ctx: LifecycleContext,
  rotate: CompiledOperation,
  key: MintedKey,
  field: TimeField,
  bound: Bound,
): Promise<MintedKey | undefined> {
  if (!outlivesGrace(ctx, key, field, bound.grace)) return undefined;
  const title = `rotate with ${field.name} ${bound.grace} (its ${bound.which} bound)`;
  const body = { [field.name]: bound.grace };
  const outcome = await sendStep(
    ctx.session,
    stepCase(ctx, rotate, { title, keyId: key.id, body }),
    'lifecycle',
  );
  recordExtensionVerdicts(ctx.session, outcome, [accepted(ctx, outcome, bound, field)]);
  const fresh = mintedKeyOf(outcome.exchange, ctx.session.checkOptions.secretFields);
  if (fresh === undefined) return undefined;
  // No grace (0) stops the rotated-from value at once; any grace keeps it working right after the rotation.
  const expected = bound.grace === 0 ? 'stopped' : 'works';
  await valueStep(ctx, key, expected, C.graceBoundsHonoured, `the rotated-from key after ${title}`);
  return fresh;
}

/**
 * The grace period at both bounds its schema gives (`gracePeriodMinutes` 0 and 10): each rotation is accepted
 * and honoured. Returns the latest key issued (the given one when none was).
 */
export async function graceBoundsStep(
  ctx: LifecycleContext,
  rotate: CompiledOperation,
  key: MintedKey,
): Promise<MintedKey> {
  const field = graceField(rotate);
  if (field?.lowest === undefined || field.highest === undefined) return key;
  const bounds: Bound[] = [
    { which: 'shortest', grace: field.lowest },
    { which: 'longest', grace: field.highest },
  ];
  let latest = key;
  for (const bound of bounds) latest = (await boundStep(ctx, rotate, latest, field, bound)) ?? latest;
  return latest;
}
