import type { OperationHandler } from './handlers/types.ts';
import type { FaultName } from './faults.ts';
import type { MockReply } from './types.ts';

/** Under `mint-before-authorize(-silent)`, a 403 of an operation that changes state still runs it first. */
export function mintsBeforeAuthorize(
  refusal: MockReply,
  handler: OperationHandler,
  faults: ReadonlySet<FaultName>,
): boolean {
  const fault = faults.has('mint-before-authorize') || faults.has('mint-before-authorize-silent');
  return fault && refusal.status === 403 && handler.mutates;
}

/**
 * The refusal, showing in its `metadata` what the operation created anyway (as a debugging aid would); the
 * silent variant shows nothing.
 */
export function refusedAfterMinting(
  refusal: MockReply,
  minted: MockReply,
  faults: ReadonlySet<FaultName> = new Set(),
): MockReply {
  if (faults.has('mint-before-authorize-silent')) return refusal;
  const created = minted.status >= 200 && minted.status < 300 && typeof minted.body === 'object';
  if (!created || refusal.body === null || typeof refusal.body !== 'object') return refusal;
  return { ...refusal, body: { ...(refusal.body as Record<string, unknown>), metadata: minted.body } };
}
