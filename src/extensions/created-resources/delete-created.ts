import type { Exchange } from '../../http/types.ts';
import { handMadeCase, type CaseSender } from '../../run/hand-made-case.ts';
import { CLEANUP_TAG } from '../../run/observing-client.ts';
import { missingPathParams } from '../../run/resources/missing-path-params.ts';
import { sendAll } from '../../run/send-all.ts';
import type { CreatedResource } from './resource-tracker.ts';

/** What the clean-up did: deleted (or already gone), and what it could not delete, with why. */
export interface DeletionReport {
  deleted: number;
  failed: { label: string; outcome: string }[];
}

/** Undefined when the resource is gone (2xx, or 404/410: deleted already, by a case of the run). */
function problemOf(exchange: Exchange): string | undefined {
  const status = exchange.response?.status;
  if (status === undefined) return `no answer (${exchange.error?.message ?? 'unknown'})`;
  return (status >= 200 && status < 300) || status === 404 || status === 410
    ? undefined
    : `answered ${status}`;
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
  exchanges.forEach((exchange, index) => {
    const problem = problemOf(exchange);
    if (problem === undefined) report.deleted += 1;
    else report.failed.push({ label: sendable[index]?.label ?? '', outcome: problem });
  });
  return report;
}
