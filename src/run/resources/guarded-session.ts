import { destroyedParam } from '../../generate/destroyed-param.ts';
import type { CompiledOperation } from '../../schema/types.ts';
import { knownPathParams } from '../path-params.ts';
import type { RunSession } from '../types.ts';
import { guardDestruction, type DestructionGuard } from './guard-destruction.ts';
import type { ProvidedResources } from './provide-resources.ts';

/** Why the operation's valid cases are held back: nothing of the run's own to end. */
function whyHeld(operation: CompiledOperation, param: string | undefined): string {
  const { operationId, method, path } = operation.operation;
  const without =
    param === undefined
      ? 'it ends a whole collection, not a resource this run created'
      : `no ${param} this run created to end (see the note on ${param})`;
  return `${method.toUpperCase()} ${path} (${operationId}) is not sent: ${without}; a run never ends a resource it did not create`;
}

/** What the run's notes say of the guard: the cases held back, or the user's resource spared. */
function notesOf(guard: DestructionGuard): string[] {
  if (guard.created === undefined)
    return [`${guard.why}: only unknown ids and requests without credentials go`];
  if (guard.userValue === undefined || guard.param === undefined) return [];
  const { operationId, param, userValue } = guard;
  return [
    `${operationId} acts on a ${param} this run created, never on the configured ${param}=${userValue}`,
  ];
}

/**
 * The session a destructive operation (DELETE, .../revoke: see destroyedParam) runs with: its client never
 * lets the operation end a resource the run did not create (see guardDestruction). Other operations keep it.
 */
export function guardedSession(
  session: RunSession,
  operation: CompiledOperation,
  provided: ProvidedResources,
): { session: RunSession; notes: string[] } {
  const destruction = destroyedParam(operation);
  if (destruction === undefined) return { session, notes: [] };
  const { param } = destruction;
  const guard: DestructionGuard = {
    operationId: operation.operation.operationId,
    param,
    created: param === undefined ? undefined : provided.values[param],
    userValue: param === undefined ? undefined : knownPathParams(session.config)[param],
    baseUrl: session.baseUrl,
    why: whyHeld(operation, param),
  };
  return { session: { ...session, client: guardDestruction(session.client, guard) }, notes: notesOf(guard) };
}
