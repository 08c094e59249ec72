import { isRevoked } from '../key-status.ts';
import { presentListedKey } from '../present-listed-key.ts';
import type { HandlerContext, OperationHandler } from './types.ts';

function handle({ params, state, faults }: HandlerContext) {
  const now = Date.now();
  const keys = state.keys(params['serviceAccountId'] ?? '');
  const shown = faults.has('list-omits-revoked') ? keys.filter((key) => !isRevoked(key, now)) : keys;
  return { status: 200, body: { apiKeys: shown.map((key) => presentListedKey(key, now, faults)) } };
}

/** GET /api/v0/service-accounts/{serviceAccountId}/api-keys: every key, active and revoked, never a value. */
export const listServiceAccountApiKeys: OperationHandler = {
  operationId: 'listServiceAccountApiKeys',
  mutates: false,
  accountParam: 'serviceAccountId',
  handle,
};
