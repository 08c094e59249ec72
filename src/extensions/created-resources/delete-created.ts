import type { Exchange } from '../../http/types.ts';
import { handMadeCase, type CaseSender } from '../../run/hand-made-case.ts';
import { CLEANUP_TAG } from '../../run/observing-client.ts';
import { missingPathParams } from '../../run/resources/missing-path-params.ts';
import { sendAll } from '../../run/send-all.ts';
import type { CreatedResource } from './resource-tracker.ts';

/** What the clean-up did: deleted (or shown gone), and what it could not delete (or confirm deleted), with why. */
export interface DeletionReport {
  deleted: number;
  failed: { label: string; outcome: string }[];
}

const GONE = new Set([404, 410]);

/** Undefined when the resource is deleted (2xx); `gone?` for a 404/410; otherwise what went wrong. */
function problemOf(exchange: Exchange): string | undefined {
  const status = exchange.response?.status;
  if (status === undefined) return `no answer (${exchange.error?.message ?? 'unknown'})`;
  if (GONE.has(status)) return 'gone?';
  return status >= 200 && status < 300 ? undefined : `answered ${status}`;
}

/**
 * What a DELETE answered 404 (410) means for a resource the run created and never deleted: not "gone" by
 * itself (a server without the route answers 404 too). The GET on its path decides: 404 or 410, it is gone.
 */
async function confirmGone(
  sender: CaseSender,
  resource: CreatedResource,
  status: number,
): Promise<string | undefined> {
  const { read } = resource.deletion;
  const unconfirmed = `answered ${status}, not confirmed`;
  if (read === undefined) return `${unconfirmed}: the document declares no GET on its path to check`;
  const check = handMadeCase(
    read,
    {
      id: `${read.operation.operationId}/cleanup/check`,
      title: `clean-up: is ${resource.label} gone?`,
      pathParams: resource.pathParams,
      tags: [CLEANUP_TAG],
    },
    sender.availability,
  );
  const answer = (await sender.client.send(check)).response?.status;
  if (answer !== undefined && GONE.has(answer)) return undefined;
  return `${unconfirmed}: GET ${answer === undefined ? 'got no answer' : `answered ${answer}`}`;
}

/** Deletes each resource through the document's DELETE on its item path; never throws. */
export async function deleteCreated(
  sender: CaseSender,
  resources: readonly CreatedResource[],
  concurrency: number,
): Promise<DeletionReport> {
  const report: DeletionReport = { deleted: 0, failed: [] };
  // A resource whose parent is not known cannot be deleted: its request would meet a 404 that says nothing.
  const sendable = resources.filter((resource) => {
    const unknown = missingPathParams(resource.deletion.operation, resource.pathParams);
    if (unknown.length > 0)
      report.failed.push({ label: resource.label, outcome: `not sent: no ${unknown.join(', ')}` });
    return unknown.length === 0;
  });
  const cases = sendable.map((resource, index) =>
    handMadeCase(
      resource.deletion.operation,
      {
        id: `${resource.deletion.operation.operation.operationId}/cleanup/${index}`,
        title: `clean-up: ${resource.label}`,
        pathParams: resource.pathParams,
        // Still sent after an interrupt, past an extension that holds other traffic then.
        tags: [CLEANUP_TAG],
      },
      sender.availability,
    ),
  );
  const exchanges = await sendAll(sender.client, cases, concurrency);
  for (const [index, exchange] of exchanges.entries()) {
    const resource = sendable[index];
    let problem = problemOf(exchange);
    if (problem === 'gone?' && resource !== undefined)
      problem = await confirmGone(sender, resource, exchange.response?.status ?? 0);
    if (problem === undefined) report.deleted += 1;
    else report.failed.push({ label: resource?.label ?? '', outcome: problem });
  }
  return report;
}
