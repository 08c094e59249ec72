import { problem } from '../problem.ts';
import type { ApiKeyRecord } from '../state.ts';
import type { MockReply } from '../types.ts';
import type { HandlerContext } from './types.ts';

export type FoundKey = { ok: true; accountId: string; key: ApiKeyRecord } | { ok: false; reply: MockReply };

/** The key the path names (`serviceAccountId`, `keyId`) in its account, or the 404 to answer. */
export function findKey({ params, state }: HandlerContext): FoundKey {
  const accountId = params['serviceAccountId'] ?? '';
  const keyId = params['keyId'] ?? '';
  const key = state.findKeyById(accountId, keyId);
  if (key !== undefined) return { ok: true, accountId, key };
  return {
    ok: false,
    reply: problem(404, `API key ${JSON.stringify(keyId)} does not exist in ${accountId}`),
  };
}
