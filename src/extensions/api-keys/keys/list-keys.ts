import { exactJson } from '../../../http/exact-json.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import { handMadeCase, type CaseSender } from '../../../run/hand-made-case.ts';
import { listIsComplete } from './list-complete.ts';
import { listedItems } from './listed-items.ts';
import { CLEANUP_TAG } from '../../../run/observing-client.ts';

export type ListedKeys =
  | {
      ok: true;
      items: Record<string, unknown>[];
      /** Whether a key missing from `items` is absent from the account (no other page, a readable list). */
      complete: boolean;
    }
  | { ok: false; why: string };

/** The keys of one account, through the document's list operation. */
export async function listKeys(
  sender: CaseSender,
  list: CompiledOperation,
  pathParams: Record<string, string>,
): Promise<ListedKeys> {
  const requestCase = handMadeCase(
    list,
    {
      id: `${list.operation.operationId}/cleanup/list`,
      title: 'clean-up: list the keys',
      pathParams,
      tags: [CLEANUP_TAG],
    },
    sender.availability,
  );
  const exchange = await sender.client.send(requestCase);
  const { response } = exchange;
  if (response === undefined)
    return { ok: false, why: `no answer (${exchange.error?.message ?? 'unknown'})` };
  const success = response.status >= 200 && response.status < 300;
  if (!success || response.json?.ok !== true) return { ok: false, why: `answered ${response.status}` };
  // Ids are compared with those the run minted: integers past 2^53 keep their exact digits (exactJson).
  const body = exactJson(response);
  const items = listedItems(body);
  return { ok: true, items, complete: listIsComplete(body, items, response.headers) };
}
