import type { Exchange } from '../../../http/types.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import { handMadeCase, type CaseSender } from '../../../run/hand-made-case.ts';
import { missingPathParams } from '../../../run/resources/missing-path-params.ts';
import { sendAll } from '../../../run/send-all.ts';
import { CLEANUP_TAG } from '../../../run/observing-client.ts';
import { confirmGone } from './confirm-gone.ts';

/** A key to revoke: its id and the path parameters of the account it belongs to. */
export interface KeyRef {
  id: string;
  pathParams: Record<string, string>;
}

export interface RevokeOutcome {
  /** Revoked now (2xx), or answered 404 and the list shows it gone: either way no longer active. */
  done: string[];
  failed: { id: string; outcome: string }[];
  /** Answered 404 and nothing showed the key gone (no list, a failed list, listed active): maybe active. */
  unconfirmed: { id: string; outcome: string }[];
}

/** The document's operations a revocation uses: revoke, and list (to check what a 404 means). */
export interface RevokeOperations {
  operation: CompiledOperation;
  keyParam: string;
  list?: CompiledOperation;
}

/** Undefined when revoked, `404` when the key was not found, otherwise what went wrong. */
function problemOf(exchange: Exchange): string | undefined {
  const status = exchange.response?.status;
  if (status === undefined) return `no answer (${exchange.error?.message ?? 'unknown'})`;
  if (status === 404) return '404';
  return status >= 200 && status < 300 ? undefined : `answered ${status}`;
}

/**
 * Revokes keys through the document's revoke operation; never throws, reports each key's fate. A 404 is
 * checked with the list (see confirmGone): a server without the route answers 404 to keys that are live.
 */
export async function revokeKeys(
  sender: CaseSender,
  revoke: RevokeOperations,
  keys: readonly KeyRef[],
  concurrency: number,
): Promise<RevokeOutcome> {
  const { operationId } = revoke.operation.operation;
  const outcome: RevokeOutcome = { done: [], failed: [], unconfirmed: [] };
  // A key whose account is not known cannot be revoked: its request would meet a 404 that says nothing.
  const sendable = keys.filter((key) => {
    const unknown = missingPathParams(revoke.operation, { ...key.pathParams, [revoke.keyParam]: key.id });
    if (unknown.length > 0)
      outcome.failed.push({ id: key.id, outcome: `not sent: no ${unknown.join(', ')}` });
    return unknown.length === 0;
  });
  const cases = sendable.map((key, index) =>
    handMadeCase(
      revoke.operation,
      {
        id: `${operationId}/cleanup/${index}`,
        title: `clean-up: revoke key ${key.id}`,
        pathParams: { ...key.pathParams, [revoke.keyParam]: key.id },
        tags: [CLEANUP_TAG],
      },
      sender.availability,
    ),
  );
  const exchanges = await sendAll(sender.client, cases, concurrency);
  const notFound: KeyRef[] = [];
  exchanges.forEach((exchange, index) => {
    const key = sendable[index] ?? { id: '', pathParams: {} };
    const problem = problemOf(exchange);
    if (problem === undefined) outcome.done.push(key.id);
    else if (problem === '404') notFound.push(key);
    else outcome.failed.push({ id: key.id, outcome: problem });
  });
  const confirmed = await confirmGone(sender, revoke.list, notFound);
  outcome.done.push(...confirmed.gone);
  outcome.unconfirmed = confirmed.unconfirmed;
  return outcome;
}
