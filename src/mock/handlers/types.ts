import type { Role } from '../authenticate.ts';
import type { FaultName } from '../faults.ts';
import type { MockState } from '../state.ts';
import type { MockReply } from '../types.ts';

/** What the pipeline hands an operation once routing, auth, account lookup and validation have passed. */
export interface HandlerContext {
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  /** The request body, valid against the operation's schema (or as lenient as the active faults allow). */
  body: unknown;
  role: Role;
  state: MockState;
  faults: ReadonlySet<FaultName>;
}

/** One operation of the document the mock implements; the pipeline does everything generic around it. */
export interface OperationHandler {
  operationId: string;
  /** Changes state: the read-only token gets 403. */
  mutates: boolean;
  /** The path parameter naming the service account acted on: an unknown one gets 404 before validation. */
  accountParam?: string;
  handle(context: HandlerContext): MockReply;
}
