import { exactJson } from '../../http/exact-json.ts';
import type { Exchange, HttpClient } from '../../http/types.ts';
import { observingClient } from '../../run/observing-client.ts';
import { idFromAnswer } from '../../run/resources/id-from-answer.ts';
import { pathTemplate } from '../../spec/path-template.ts';
import type { Deletion } from './deletable-collections.ts';

/** A resource a 2xx answer of the run created: how to delete it. */
export interface CreatedResource {
  deletion: Deletion;
  pathParams: Record<string, string>;
  /** `DELETE /things/17`, for the console. */
  label: string;
}

/** The client, noting every resource a creating request made; `settled` waits for the requests under way. */
export interface ResourceTracker {
  client: HttpClient;
  /** What the run created and did not delete itself (a 2xx answer to one of its DELETE cases). */
  created(): readonly CreatedResource[];
  /** 2xx answers of a creating operation that gave no id to delete by. */
  unidentified(): number;
  settled(): Promise<void>;
}

/** The resource a creating 2xx answer made; null when it gave no id; undefined when it created nothing. */
function createdBy(
  exchange: Exchange,
  deletions: ReadonlyMap<string, Deletion>,
): CreatedResource | null | undefined {
  const deletion = deletions.get(exchange.case.operationId);
  const status = exchange.response?.status ?? 0;
  if (deletion === undefined || status < 200 || status > 299) return undefined;
  // The exact digits of an integer id past 2^53: a rounded one would delete another resource, or nothing.
  const id = idFromAnswer(exactJson(exchange.response), deletion.param);
  if (id === undefined) return null;
  const pathParams = { ...exchange.case.pathParams, [deletion.param]: id };
  const path = pathTemplate.expand(deletion.operation.operation.path, pathParams);
  return { deletion, pathParams, label: `DELETE ${path}` };
}

/** The label of what a 2xx answer of a deleting operation deleted (`DELETE /things/17`), or undefined. */
function deletedBy(exchange: Exchange, deletions: ReadonlyMap<string, Deletion>): string | undefined {
  const status = exchange.response?.status ?? 0;
  if (status < 200 || status > 299 || exchange.case.method !== 'delete') return undefined;
  const deletion = [...deletions.values()].find(
    (candidate) => candidate.operation.operation.operationId === exchange.case.operationId,
  );
  if (deletion === undefined) return undefined;
  return `DELETE ${pathTemplate.expand(deletion.operation.operation.path, exchange.case.pathParams)}`;
}

/**
 * Wraps the run's client so that each 2xx answer of an operation in `deletions` (a POST on a collection the
 * document can delete from) is remembered with the id it gave, whichever case sent it (valid, or invalid yet
 * accepted: made all the same).
 */
export function trackCreatedResources(
  client: HttpClient,
  deletions: ReadonlyMap<string, Deletion>,
): ResourceTracker {
  const created: CreatedResource[] = [];
  const deleted = new Set<string>();
  let unidentified = 0;
  const observed = observingClient(client, (exchange) => {
    const gone = deletedBy(exchange, deletions);
    if (gone !== undefined) deleted.add(gone);
    const resource = createdBy(exchange, deletions);
    if (resource === null) unidentified += 1;
    else if (resource !== undefined) created.push(resource);
  });
  return {
    client: observed,
    // What a case of the run deleted already (2xx) needs no clean-up: a 404 to the clean-up would say nothing.
    created: () => created.filter((resource) => !deleted.has(resource.label)),
    unidentified: () => unidentified,
    settled: () => observed.settled(),
  };
}
