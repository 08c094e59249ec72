import { ok, type Result } from '../../../core/result.ts';
import type { KeyTracker } from '../keys/key-tracker.ts';
import type { RunSession } from '../../../run/types.ts';
import { createStep } from './create-step.ts';
import { graceBoundsStep } from './grace-bounds-step.ts';
import { graceBeyondExpiryStep, graceHonouredStep } from './grace-steps.ts';
import { LIFECYCLE_CHECKS as C } from './lifecycle-checks.ts';
import { type LifecycleContext, type LifecycleOperations, lifecycleContext } from './lifecycle-context.ts';
import { listedRevokedStep, listedStep, relistedRevokedStep } from './list-steps.ts';
import type { MintedKey } from './minted-key.ts';
import type { RevokeWindow } from './revoked-at.ts';
import { revokedKeyStep, revokeStep, unknownKeyStep } from './revoke-steps.ts';
import { minimalBody, rotateStep } from './rotate-steps.ts';
import { unknownKeyId } from './unknown-key-id.ts';
import { valueStep } from './value-steps.ts';

export interface LifecycleSummary {
  /** Requests the life cycle sent. */
  steps: number;
  /** False when the life cycle stopped early (its checks then have nothing to judge). */
  exercised: boolean;
  why?: string;
}

/** Rotation: a new value with the same name; the old value stops, the new one works; then the grace period. */
async function rotation(ctx: LifecycleContext, key: MintedKey): Promise<MintedKey> {
  const { rotate } = ctx.ops;
  if (rotate === undefined) return key;
  const fresh = await rotateStep(ctx, rotate, key, minimalBody(rotate), 'rotate the key');
  if (fresh === undefined) return key;
  await valueStep(ctx, key, 'stopped', C.rotatedValueStops, 'the rotated-from key');
  await valueStep(ctx, fresh, 'works', C.valueAuthenticates, 'the key issued by the rotation');
  const graced = (await graceHonouredStep(ctx, rotate, fresh)) ?? fresh;
  const bounded = await graceBoundsStep(ctx, rotate, graced);
  await graceBeyondExpiryStep(ctx, rotate);
  return bounded;
}

/** What a successful revocation implies: the value stops, the list marks it, a second revoke keeps that. */
async function afterRevocation(ctx: LifecycleContext, key: MintedKey, window: RevokeWindow): Promise<void> {
  await valueStep(ctx, key, 'stopped', C.revokedValueStops, 'the revoked key');
  const revokedAt = await listedRevokedStep(ctx, key, window);
  await revokeStep(ctx, key, 2);
  await relistedRevokedStep(ctx, key, revokedAt);
  if (ctx.ops.rotate !== undefined) await revokedKeyStep(ctx, ctx.ops.rotate, key);
}

/**
 * Revocation of the latest key: its value stops, the list marks it with its revocation time; revoked again,
 * that time stays; and it cannot be rotated.
 */
async function revocation(ctx: LifecycleContext, key: MintedKey): Promise<void> {
  const window = await revokeStep(ctx, key, 1);
  // A revocation that failed is its own finding; what should follow from it is not judged.
  if (window.revoked === true) await afterRevocation(ctx, key, window);
  const unknown = unknownKeyId(ctx.ops.revoke, ctx.ops.keyParam, ctx.session.config.seed);
  if (unknown !== undefined) await unknownKeyStep(ctx, unknown);
}

/**
 * A key's whole life, each expectation a named check recorded like any other: create; the list shows it as
 * created and without its value; its value authenticates; rotate (new value, same name; the old value stops,
 * unless a grace period keeps it; both grace bounds are honoured; a grace period beyond the expiry is refused);
 * revoke; the revoked value stops and the list marks it with its revocation time, which a second revoke
 * keeps; a revoked or unknown key gets the declared statuses. Keys it mints are tracked like every other; the
 * caller revokes what is left at the end of the run.
 */
export async function runKeyLifecycle(
  session: RunSession,
  keys: KeyTracker,
  ops: LifecycleOperations,
): Promise<Result<LifecycleSummary>> {
  const context = lifecycleContext(session, keys, ops);
  if (!context.ok) return context;
  const ctx = context.value;
  const created = await createStep(ctx, 'create a key');
  if (created === undefined)
    return ok({
      steps: ctx.step,
      exercised: false,
      why: 'the first key could not be created (see the create step)',
    });
  await listedStep(ctx, created);
  await valueStep(ctx, created, 'works', C.valueAuthenticates, 'the created key');
  const latest = await rotation(ctx, created);
  await revocation(ctx, latest);
  return ok({ steps: ctx.step, exercised: true });
}
