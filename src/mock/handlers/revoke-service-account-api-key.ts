import { isRevoked } from '../key-status.ts';
import { problem } from '../problem.ts';
import type { MockReply } from '../types.ts';
import { findKey } from './find-key.ts';
import type { HandlerContext, OperationHandler } from './types.ts';

const NO_CONTENT: MockReply = { status: 204, body: undefined };

function handle(context: HandlerContext): MockReply {
  const found = findKey(context);
  const { faults, state } = context;
  if (!found.ok) return faults.has('revoke-unknown-204') ? NO_CONTENT : found.reply;
  const now = Date.now();
  if (isRevoked(found.key, now) && faults.has('revoke-not-idempotent'))
    return problem(404, `API key ${JSON.stringify(found.key.id)} is already revoked`);
  if (isRevoked(found.key, now) && faults.has('revoke-moves-revoked-at')) {
    // Always a later time, even within the same millisecond.
    found.key.revokedAt = Math.max(now, (found.key.revokedAt ?? now) + 1);
    return NO_CONTENT;
  }
  // Revoking a key in its rotation grace period ends the grace at once.
  state.revokeKey(found.key, now);
  return NO_CONTENT;
}

/** POST .../api-keys/{keyId}/revoke: idempotent, 204 without content; the key stops authenticating. */
export const revokeServiceAccountApiKey: OperationHandler = {
  operationId: 'revokeServiceAccountApiKey',
  mutates: true,
  accountParam: 'serviceAccountId',
  handle,
};
