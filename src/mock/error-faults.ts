import { STATUS_CODES } from 'node:http';
import type { FaultName } from './faults.ts';
import type { MockReply } from './types.ts';

/** Error answers as the faults bend them; success answers and a fault-free mock pass through unchanged. */
export function applyErrorFaults(reply: MockReply, faults: ReadonlySet<FaultName>): MockReply {
  if (reply.status < 400 || reply.body === null || typeof reply.body !== 'object') return reply;
  let { status } = reply;
  const body: Record<string, unknown> = { ...(reply.body as Record<string, unknown>) };
  if (faults.has('undeclared-422') && status === 400) {
    status = 422;
    Object.assign(body, { status, title: STATUS_CODES[status] });
  }
  if (faults.has('error-missing-title')) delete body['title'];
  if (faults.has('error-status-mismatch')) body['status'] = status === 400 ? 422 : 400;
  const headers = faults.has('text-plain-errors')
    ? { ...reply.headers, 'content-type': 'text/plain; charset=utf-8' }
    : reply.headers;
  return { status, body, ...(headers === undefined ? {} : { headers }) };
}
