import type { FaultName } from '../faults.ts';
import { isActive } from '../key-status.ts';
import { mintApiKey } from '../mint-api-key.ts';
import { presentCreatedKey } from '../present-api-key.ts';
import { problem } from '../problem.ts';
import type { ApiKeyRecord } from '../state.ts';
import type { MockReply } from '../types.ts';
import { findKey } from './find-key.ts';
import type { HandlerContext, OperationHandler } from './types.ts';

const MINUTE_MS = 60_000;
/** The document's bound of gracePeriodMinutes (for the `grace-max-ignored` fault). */
const MAX_GRACE_MINUTES = 10;

interface RotateInput {
  expiresAt?: number;
  graceMinutes: number;
}

function readInput(body: unknown): RotateInput {
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const { expiresAt, gracePeriodMinutes } = fields;
  const graceMinutes = typeof gracePeriodMinutes === 'number' ? gracePeriodMinutes : 0;
  return typeof expiresAt === 'number' ? { expiresAt, graceMinutes } : { graceMinutes };
}

/** The replacement: a fresh id and value, the same name, the requested expiry or else the old one. */
function replacement(old: ApiKeyRecord, input: RotateInput, ctx: HandlerContext): ApiKeyRecord {
  const name = ctx.faults.has('rotate-changes-name') ? `${old.name} (rotated)` : old.name;
  const expiresAt = input.expiresAt ?? old.expiresAt;
  const minted = mintApiKey(expiresAt === undefined ? { name } : { name, expiresAt }, ctx.state, ctx.faults);
  if (!ctx.faults.has('rotate-keeps-old-value')) return minted;
  return { ...minted, value: old.value, fingerprint: old.fingerprint };
}

/** When the rotated-from key stops: at once, after the grace period, or (under a fault) never. */
function oldKeyStops(now: number, input: RotateInput, faults: ReadonlySet<FaultName>): number | undefined {
  if (faults.has('rotate-old-key-kept')) return undefined;
  const atMaximum = faults.has('grace-max-ignored') && input.graceMinutes >= MAX_GRACE_MINUTES;
  return faults.has('grace-period-ignored') || atMaximum ? now : now + input.graceMinutes * MINUTE_MS;
}

function refusal(
  key: ApiKeyRecord,
  graceEnd: number,
  now: number,
  ctx: HandlerContext,
): MockReply | undefined {
  if (!isActive(key, now) && !ctx.faults.has('rotate-revoked-key'))
    return problem(409, `API key ${JSON.stringify(key.id)} is revoked or expired and cannot be rotated`);
  const outlives = graceEnd > now && key.expiresAt !== undefined && key.expiresAt < graceEnd;
  if (outlives && !ctx.faults.has('grace-beyond-expiry-accepted'))
    return problem(400, `the grace period would end after the key expires (${key.expiresAt})`);
  return undefined;
}

function handle(ctx: HandlerContext): MockReply {
  const found = findKey(ctx);
  if (!found.ok) return found.reply;
  const now = Date.now();
  const input = readInput(ctx.body);
  const graceEnd = now + input.graceMinutes * MINUTE_MS;
  const refused = refusal(found.key, graceEnd, now, ctx);
  if (refused !== undefined) return refused;
  const fresh = replacement(found.key, input, ctx);
  const stops = oldKeyStops(now, input, ctx.faults);
  if (stops !== undefined) ctx.state.revokeKey(found.key, stops);
  ctx.state.addKey(found.accountId, fresh);
  return { ...presentCreatedKey(fresh, ctx.faults), status: 200 };
}

/**
 * POST .../api-keys/{keyId}/rotate: a new value under the same name; the old key stops at once, or after
 * `gracePeriodMinutes` (400 when that window would outlive the key's expiry). A revoked key gets 409.
 */
export const rotateServiceAccountApiKey: OperationHandler = {
  operationId: 'rotateServiceAccountApiKey',
  mutates: true,
  accountParam: 'serviceAccountId',
  handle,
};
