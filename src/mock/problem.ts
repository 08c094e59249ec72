import { STATUS_CODES } from 'node:http';
import type { MockReply } from './types.ts';

/** An error answer in the document's shape: `{detail, status, title}`, title the HTTP reason phrase. */
export function problem(status: number, detail: string, headers?: Record<string, string>): MockReply {
  const title = STATUS_CODES[status] ?? 'Error';
  return { status, body: { detail, status, title }, ...(headers === undefined ? {} : { headers }) };
}
