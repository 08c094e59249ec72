import { findMintedObjects } from '../../check/_internals/find-minted-objects.ts';
import type { Exchange, HttpClient } from '../../http/types.ts';
import type { CreationBudget } from './creation-budget.ts';
import { skippedExchange } from './skipped-exchange.ts';

export interface CreationLimits {
  budget: CreationBudget;
  /** Ids of the operations whose 2xx answer mints a key (create, rotate). */
  minting: ReadonlySet<string>;
  secretFields: readonly string[];
  baseUrl: string;
}

/** Keys a 2xx answer actually minted: objects holding a secret (what the key tracker and checks see). */
function mintedBy(exchange: Exchange, secretFields: readonly string[]): number {
  const { response } = exchange;
  if (response === undefined || response.status < 200 || response.status > 299) return 0;
  if (response.json?.ok !== true) return 0;
  return findMintedObjects(response.json.value, secretFields).length;
}

/**
 * The client, with every request to a minting operation admitted by the creation budget before it is sent and
 * charged with the keys its answer minted. Creating cases (expected to be accepted) are held to the budget;
 * other cases still go once it is spent, since a conformant server mints nothing for them, until one mints
 * anyway. A request that is not admitted is not sent: a skipped exchange comes back.
 */
export function limitCreations(client: HttpClient, limits: CreationLimits): HttpClient {
  const { budget, minting, secretFields, baseUrl } = limits;
  const why = `the creation budget is spent (CONTRACT_MAX_CREATES=${budget.max} keys)`;
  return {
    async send(requestCase): Promise<Exchange> {
      if (!minting.has(requestCase.operationId)) return client.send(requestCase);
      const creating = requestCase.expect === 'accepted';
      const admission = creating ? await budget.admitCreating() : budget.admitOther();
      if (admission === 'refused') {
        budget.recordSkip(creating);
        return skippedExchange(requestCase, baseUrl, why);
      }
      let minted = 0;
      try {
        const exchange = await client.send(requestCase);
        minted = mintedBy(exchange, secretFields);
        return exchange;
      } finally {
        budget.settle(admission, minted);
      }
    },
    close: () => client.close(),
  };
}
