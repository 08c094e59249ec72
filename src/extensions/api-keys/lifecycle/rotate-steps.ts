import type { CheckResult } from '../../../check/types.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import type { CaseOutcome } from '../../../run/types.ts';
import { fail, pass, skip } from './judge.ts';
import { LIFECYCLE_CHECKS as C } from './lifecycle-checks.ts';
import { stepCase, type LifecycleContext } from './lifecycle-context.ts';
import { mintedKeyOf, type MintedKey } from './minted-key.ts';
import { recordExtensionVerdicts } from '../../../run/record-extension-verdicts.ts';
import { sendStep } from './send-step.ts';

/** An empty JSON object when the operation takes a JSON body (all optional), else no body. */
export function minimalBody(operation: CompiledOperation): Record<string, unknown> | undefined {
  return operation.requestBody === undefined ? undefined : {};
}

function newValue(
  ctx: LifecycleContext,
  outcome: CaseOutcome,
  old: MintedKey,
  fresh: MintedKey | undefined,
): CheckResult {
  const status = outcome.exchange.response?.status;
  if (fresh !== undefined && fresh.value !== old.value) return pass(C.rotateIssuesNewValue);
  if (status === undefined || status >= 500) return skip(C.rotateIssuesNewValue, 'no usable answer');
  const actual = fresh === undefined ? `answered ${status} without a new key` : 'the same value as before';
  return fail(ctx.session, C.rotateIssuesNewValue, outcome.exchange, {
    message: `rotating a key did not issue a new value: ${actual}`,
    expected: 'a 2xx answer with a new key whose value differs from the rotated one',
    actual,
    groupKey: fresh === undefined ? `status:${status}` : 'same-value',
  });
}

function keepsName(
  ctx: LifecycleContext,
  outcome: CaseOutcome,
  old: MintedKey,
  fresh: MintedKey | undefined,
): CheckResult {
  if (fresh === undefined) return skip(C.rotateKeepsName, 'no key was issued');
  const [before, after] = [old.object['name'], fresh.object['name']];
  if (before === undefined && after === undefined) return skip(C.rotateKeepsName, 'keys have no name');
  if (before === after) return pass(C.rotateKeepsName);
  return fail(ctx.session, C.rotateKeepsName, outcome.exchange, {
    message: `the rotated key's name changed from ${JSON.stringify(before)} to ${JSON.stringify(after)}`,
    expected: `name ${JSON.stringify(before)}`,
    actual: `name ${JSON.stringify(after)}`,
    groupKey: 'name',
  });
}

/** Rotates a key: a new value, the same name. Returns the issued key, if any. */
export async function rotateStep(
  ctx: LifecycleContext,
  rotate: CompiledOperation,
  old: MintedKey,
  body: Record<string, unknown> | undefined,
  title: string,
): Promise<MintedKey | undefined> {
  const outcome = await sendStep(
    ctx.session,
    stepCase(ctx, rotate, { title, keyId: old.id, body }),
    'lifecycle',
  );
  const fresh = mintedKeyOf(outcome.exchange, ctx.session.checkOptions.secretFields);
  recordExtensionVerdicts(ctx.session, outcome, [
    newValue(ctx, outcome, old, fresh),
    keepsName(ctx, outcome, old, fresh),
  ]);
  return fresh;
}
