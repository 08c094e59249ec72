import type { Exchange } from '../../../http/types.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import { handMadeCase, type CaseSender } from '../../../run/hand-made-case.ts';
import { missingPathParams } from '../../../run/resources/missing-path-params.ts';
import { sendAll } from '../../../run/send-all.ts';
import { CLEANUP_TAG } from '../../../run/observing-client.ts';

/** A key to revoke: its id and the path parameters of the account it belongs to. */
export interface KeyRef {
  id: string;
  pathParams: Record<string, string>;
}

export interface RevokeOutcome {
  /** Revoked now, or already gone (404): either way no longer active. */
  done: string[];
  failed: { id: string; outcome: string }[];
}

/** Undefined when the key is no longer active; otherwise what went wrong. */
function problemOf(exchange: Exchange): string | undefined {
  const status = exchange.response?.status;
  if (status === undefined) return `no answer (${exchange.error?.message ?? 'unknown'})`;
  return (status >= 200 && status < 300) || status === 404 ? undefined : `answered ${status}`;
}

/** Revokes keys through the document's revoke operation; never throws, reports each key's fate. */
export async function revokeKeys(
  sender: CaseSender,
  revoke: { operation: CompiledOperation; keyParam: string },
  keys: readonly KeyRef[],
  concurrency: number,
): Promise<RevokeOutcome> {
  const { operationId } = revoke.operation.operation;
  const outcome: RevokeOutcome = { done: [], failed: [] };
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
  exchanges.forEach((exchange, index) => {
    const id = sendable[index]?.id ?? '';
    const problem = problemOf(exchange);
    if (problem === undefined) outcome.done.push(id);
    else outcome.failed.push({ id, outcome: problem });
  });
  return outcome;
}
