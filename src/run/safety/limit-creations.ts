import { findMintedObjects } from '../../check/_internals/find-minted-objects.ts';
import type { Exchange, HttpClient } from '../../http/types.ts';
import type { CreationBudget } from './creation-budget.ts';
import type { Creation } from './creating-operations.ts';
import { skippedExchange } from './skipped-exchange.ts';

export interface CreationLimits {
  budget: CreationBudget;
  /** The operations whose 2xx answers create: keys (create, rotate) or a resource (a POST on a collection). */
  creating: ReadonlyMap<string, Creation>;
  /** What the budget counts, in its messages: `keys`, or `creations` when other resources count too. */
  unit: string;
  secretFields: readonly string[];
  baseUrl: string;
}

/**
 * What a 2xx answer actually created: for a key-minting operation, the objects holding a secret (what the key
 * tracker and checks see); for any other creating operation, one resource.
 */
function createdBy(exchange: Exchange, creation: Creation, secretFields: readonly string[]): number {
  const { response } = exchange;
  if (response === undefined || response.status < 200 || response.status > 299) return 0;
  if (creation === 'resource') return 1;
  if (response.json?.ok !== true) return 0;
  return findMintedObjects(response.json.value, secretFields).length;
}

/**
 * The client, with every request to a creating operation admitted by the creation budget before it is sent and
 * charged with what its answer created. Creating cases (expected to be accepted) are held to the budget; other
 * cases still go once it is spent, since a conformant server creates nothing for them, until one creates
 * anyway. A request that is not admitted is not sent: a skipped exchange comes back.
 */
export function limitCreations(client: HttpClient, limits: CreationLimits): HttpClient {
  const { budget, creating: creations, secretFields, baseUrl } = limits;
  const why = `the creation budget is spent (CONTRACT_MAX_CREATES=${budget.max} ${limits.unit})`;
  return {
    async send(requestCase): Promise<Exchange> {
      const creation = creations.get(requestCase.operationId);
      if (creation === undefined) return client.send(requestCase);
      const creating = requestCase.expect === 'accepted';
      const admission = creating ? await budget.admitCreating() : budget.admitOther();
      if (admission === 'refused') {
        budget.recordSkip(creating);
        return skippedExchange(requestCase, baseUrl, why);
      }
      let minted = 0;
      try {
        const exchange = await client.send(requestCase);
        minted = createdBy(exchange, creation, secretFields);
        return exchange;
      } finally {
        budget.settle(admission, minted);
      }
    },
    close: () => client.close(),
  };
}
