import type { CheckResult } from '../../../check/types.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import type { CaseOutcome } from '../../../run/types.ts';
import { fail, pass, skip } from './judge.ts';
import { LIFECYCLE_CHECKS as C, type LifecycleCheck } from './lifecycle-checks.ts';
import { stepCase, type LifecycleContext } from './lifecycle-context.ts';
import type { MintedKey } from './minted-key.ts';
import { recordExtensionVerdicts } from '../../../run/record-extension-verdicts.ts';
import type { RevokeWindow } from './revoked-at.ts';
import { refusalStatuses, notFoundStatuses } from './refusal-statuses.ts';
import { minimalBody } from './rotate-steps.ts';
import { sendStep } from './send-step.ts';

const isSuccess = (status: number | undefined): boolean =>
  status !== undefined && status >= 200 && status < 300;

function revokedOk(ctx: LifecycleContext, outcome: CaseOutcome, attempt: number): CheckResult {
  const status = outcome.exchange.response?.status;
  if (isSuccess(status)) return pass(C.revokeIdempotent);
  if (status === undefined || status >= 500) return skip(C.revokeIdempotent, 'no usable answer');
  return fail(ctx.session, C.revokeIdempotent, outcome.exchange, {
    message: `revoking a key ${attempt === 1 ? 'the first time' : 'again'} was answered ${status}`,
    expected: '2xx both times (revoking is idempotent)',
    actual: `attempt ${attempt}: ${status}`,
    groupKey: `attempt-${attempt}:${status}`,
  });
}

/**
 * Revokes a key (the first or the second time): both must succeed. The key then counts as revoked for the
 * clean-up. Returns when the revoke was sent and answered, to judge the listed revocation time.
 */
export async function revokeStep(
  ctx: LifecycleContext,
  key: MintedKey,
  attempt: 1 | 2,
): Promise<RevokeWindow> {
  const title = attempt === 1 ? 'revoke the key' : 'revoke the same key again';
  const sentAt = Date.now();
  const outcome = await sendStep(
    ctx.session,
    stepCase(ctx, ctx.ops.revoke, { title, keyId: key.id }),
    'lifecycle',
  );
  const answeredAt = Date.now();
  if (isSuccess(outcome.exchange.response?.status)) ctx.keys.markRevoked(key.id);
  recordExtensionVerdicts(ctx.session, outcome, [revokedOk(ctx, outcome, attempt)]);
  const date = outcome.exchange.response?.headers['date'];
  const revoked = isSuccess(outcome.exchange.response?.status);
  return { sentAt, answeredAt, revoked, ...(date === undefined ? {} : { serverDate: Date.parse(date) }) };
}

function refused(
  ctx: LifecycleContext,
  check: LifecycleCheck,
  outcome: CaseOutcome,
  expected: number[],
  subject: string,
): CheckResult {
  const status = outcome.exchange.response?.status;
  if (status !== undefined && expected.includes(status)) return pass(check);
  if (status === undefined || status >= 500) return skip(check, 'no usable answer');
  return fail(ctx.session, check, outcome.exchange, {
    message: `${subject} was answered ${status}, expected ${expected.join(' or ')}`,
    expected: expected.join(' or '),
    actual: String(status),
    groupKey: `${outcome.case.operationId}:${status}`,
  });
}

/** Rotating a revoked key must be refused with one of the statuses the operation declares. */
export async function revokedKeyStep(
  ctx: LifecycleContext,
  rotate: CompiledOperation,
  key: MintedKey,
): Promise<void> {
  const expected = refusalStatuses(rotate);
  const requestCase = stepCase(ctx, rotate, {
    title: 'rotate a revoked key',
    keyId: key.id,
    body: minimalBody(rotate),
    expect: 'not-found',
    tolerated: expected,
  });
  const outcome = await sendStep(ctx.session, requestCase, 'lifecycle');
  recordExtensionVerdicts(ctx.session, outcome, [
    refused(ctx, C.revokedKeyRefused, outcome, expected, 'rotating a revoked key'),
  ]);
}

/** Revoking (and rotating) a key id that does not exist must get 404 (or the declared refusal). */
export async function unknownKeyStep(ctx: LifecycleContext, unknownId: string): Promise<void> {
  const targets = [ctx.ops.revoke, ctx.ops.rotate].filter((op): op is CompiledOperation => op !== undefined);
  for (const operation of targets) {
    const expected = notFoundStatuses(operation);
    const requestCase = stepCase(ctx, operation, {
      title: `${operation.operation.operationId} with a key id that does not exist`,
      keyId: unknownId,
      body: operation === ctx.ops.rotate ? minimalBody(operation) : undefined,
      expect: 'not-found',
      tolerated: expected,
    });
    const outcome = await sendStep(ctx.session, requestCase, 'lifecycle');
    const subject = `${operation.operation.operationId} of an unknown key id`;
    recordExtensionVerdicts(ctx.session, outcome, [
      refused(ctx, C.unknownKeyNotFound, outcome, expected, subject),
    ]);
  }
}
