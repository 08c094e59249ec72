import type { CheckResult } from '../../check/types.ts';
import { getAtPointer } from '../../core/json-pointer.ts';
import type { Exchange } from '../../http/types.ts';
import type { ExtensionPhase } from '../../run/extension.ts';
import type { RunSession } from '../../run/types.ts';
import type { CompiledOperation } from '../../schema/types.ts';
import { handMadeCase } from '../../run/hand-made-case.ts';
import { listedItems } from './keys/listed-items.ts';
import { CLEANUP_TAG } from '../../run/observing-client.ts';
import { recordExtensionVerdicts } from '../../run/record-extension-verdicts.ts';

/** A create request refused with a 4xx that carried a name unique to it: that name must never exist. */
interface Refusal {
  name: string;
  status: number;
  caseTitle: string;
  pathParams: Record<string, string>;
}

/**
 * Remembers the refused creations of a run (not a 409: the name may exist for another reason). Only a name
 * no other request of the run carried is certain evidence: a short name cannot hold a unique tag, and another
 * case may have created it legitimately.
 */
export interface RefusalWatch {
  observe(exchange: Exchange): void;
  refusals(): readonly Refusal[];
}

function namesOf(sent: Exchange['case']): string[] {
  if (sent.body.kind !== 'json') return [];
  const body = sent.body.value;
  return sent.uniqueFields.flatMap((pointer) => {
    const name = getAtPointer(body, pointer);
    return typeof name === 'string' && name !== '' ? [name] : [];
  });
}

export function createRefusalWatch(createOperationId: string): RefusalWatch {
  const refused: Refusal[] = [];
  const sends = new Map<string, number>();
  return {
    observe({ case: sent, response }) {
      if (sent.operationId !== createOperationId) return;
      const names = namesOf(sent);
      for (const name of names) sends.set(name, (sends.get(name) ?? 0) + 1);
      if (response === undefined || response.status < 400 || response.status > 499) return;
      if (response.status === 409 || sent.tags.includes('duplicate-name')) return;
      for (const name of names)
        refused.push({
          name,
          status: response.status,
          caseTitle: sent.title,
          pathParams: { ...sent.pathParams },
        });
    },
    refusals: () => refused.filter((refusal) => sends.get(refusal.name) === 1),
  };
}

const CHECK = {
  check: 'refused_request_mints_nothing',
  severity: 'critical',
  origin: 'description',
} as const;

function verdict(refusal: Refusal, listed: Record<string, unknown>): CheckResult {
  const id = typeof listed['id'] === 'string' ? ` (id ${listed['id']})` : '';
  return {
    ...CHECK,
    outcome: {
      status: 'failed',
      message: `a create request refused with ${refusal.status} still created a key: the list shows its name${id}`,
      evidence: {
        expected: `no key named as the refused request (${refusal.caseTitle})`,
        actual: `listed after a ${refusal.status}: a key with that name${id}`,
        status: refusal.status,
      },
      groupKey: `listed-after-refusal:${refusal.status}`,
    },
  };
}

/** Lists one account's keys and records a finding for each refused name the list shows. */
async function judgeAccount(
  session: RunSession,
  list: CompiledOperation,
  refusals: Refusal[],
): Promise<void> {
  const [first] = refusals;
  if (first === undefined) return;
  const requestCase = handMadeCase(
    list,
    {
      id: `${list.operation.operationId}/refused-mints/list`,
      title: 'list the keys: none may carry the name of a refused create request',
      pathParams: first.pathParams,
      tags: [CLEANUP_TAG],
    },
    session.availability,
  );
  const exchange = await session.client.send(requestCase);
  const json = exchange.response?.json;
  if (json?.ok !== true) return;
  const byName = new Map(listedItems(json.value).map((item) => [item['name'], item] as const));
  const judged = refusals.flatMap((refusal) => {
    const listed = byName.get(refusal.name);
    return listed === undefined ? [] : [verdict(refusal, listed)];
  });
  const outcome = { case: requestCase, exchange, results: [], failures: [], notes: [] };
  recordExtensionVerdicts(session, outcome, judged);
}

/**
 * Mint-before-authorize, seen through the list: after every operation ran, the keys of each account are
 * listed once, and a key carrying the unique name of a refused create request (401, 403, 400...) fails
 * `refused_request_mints_nothing`. The answer's own body is judged by the built-in check of that name.
 */
export function refusedMintsPhase(
  session: RunSession,
  watch: RefusalWatch,
  list: CompiledOperation | undefined,
): ExtensionPhase {
  const title = 'refused create requests minted nothing: the list shows none of their names';
  if (list === undefined)
    return {
      name: 'refused-mints',
      title,
      skipped: 'the document declares no list operation',
      run: () => Promise.resolve([]),
    };
  return {
    name: 'refused-mints',
    title,
    async run() {
      const byAccount = new Map<string, Refusal[]>();
      for (const refusal of watch.refusals()) {
        const key = JSON.stringify(refusal.pathParams);
        byAccount.set(key, [...(byAccount.get(key) ?? []), refusal]);
      }
      for (const refusals of byAccount.values()) await judgeAccount(session, list, refusals);
      return [];
    },
  };
}
