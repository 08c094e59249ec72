import { mintApiKey, type MintInput } from '../mint-api-key.ts';
import { presentCreatedKey } from '../present-api-key.ts';
import { problem } from '../problem.ts';
import type { MockState } from '../state.ts';
import type { HandlerContext, OperationHandler } from './types.ts';

/** Name and expiry from a validated body; a nameless body only gets here under `missing-name-accepted`. */
function readInput(body: unknown, state: MockState, accountId: string): MintInput {
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const name =
    typeof fields['name'] === 'string' ? fields['name'] : `unnamed-${state.keys(accountId).length + 1}`;
  const expiresAt = fields['expiresAt'];
  return typeof expiresAt === 'number' ? { name, expiresAt } : { name };
}

function handle({ params, body, state, faults }: HandlerContext) {
  const accountId = params['serviceAccountId'] ?? '';
  const input = readInput(body, state, accountId);
  const existing = state.findKeyByName(accountId, input.name);
  if (existing !== undefined && !faults.has('duplicate-accepted')) {
    const leak = faults.has('value-in-error') ? ` (value ${existing.value})` : '';
    return problem(
      409,
      `an API key named ${JSON.stringify(input.name)} already exists in ${accountId}${leak}`,
    );
  }
  if (state.keys(accountId).length >= state.quota && !faults.has('quota-ignored')) {
    return problem(402, `service account ${accountId} has reached its quota of ${state.quota} API keys`);
  }
  const key = mintApiKey(input, state, faults);
  state.addKey(accountId, key);
  return presentCreatedKey(key, faults);
}

/** POST /api/v0/service-accounts/{serviceAccountId}/api-keys: names are unique per account; a quota applies. */
export const createServiceAccountApiKey: OperationHandler = {
  operationId: 'createServiceAccountApiKey',
  mutates: true,
  accountParam: 'serviceAccountId',
  handle,
};
