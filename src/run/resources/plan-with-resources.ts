import type { Result } from '../../core/result.ts';
import { ok } from '../../core/result.ts';
import type { CasePlan } from '../../generate/case-plan-types.ts';
import type { CompiledOperation } from '../../schema/types.ts';
import { planOperation } from '../plan-operation.ts';
import type { RunSession } from '../types.ts';
import { consumedResource } from './consumed-resource.ts';
import { guardedSession } from './guarded-session.ts';
import { provideResources } from './provide-resources.ts';
import { refreshingClient, type Refresh } from './refreshing-client.ts';
import { withPathParams } from './with-path-params.ts';

const SAFE_METHODS: ReadonlySet<string> = new Set(['get', 'head', 'options']);

/**
 * The operation's plan against resources the run created for it: each path parameter with no known value
 * takes the id of one (see provideResources); those left without are said in the plan's notes and the run's.
 * Returns the session the phases run with: its client replaces a resource a case consumed.
 */
export async function planWithResources(
  given: RunSession,
  operation: CompiledOperation,
): Promise<Result<{ operation: CompiledOperation; plan: CasePlan; session: RunSession }>> {
  const provided = await provideResources(given, operation);
  const planned = planOperation(withPathParams(given, provided.values), operation.operation.operationId);
  if (!planned.ok) return planned;
  const { session, notes: guardNotes } = guardedSession(given, operation, provided);
  const notes = [...provided.notes, ...guardNotes];
  for (const note of notes) session.recorder.note(note);
  const noted = { ...planned.value.plan, notes: [...planned.value.plan.notes, ...notes] };
  if (Object.keys(provided.values).length === 0) return ok({ ...planned.value, plan: noted, session });
  // A read changes nothing: a resource that vanishes under it is the server's bug, never replaced.
  if (SAFE_METHODS.has(operation.operation.method)) return ok({ ...planned.value, plan: noted, session });
  const refresh: Refresh = {
    operationId: operation.operation.operationId,
    planned: provided.values,
    recreate: async () => {
      const again = await provideResources(session, operation);
      return Object.keys(again.values).length > 0 ? again.values : undefined;
    },
  };
  // The phases send through a client that replaces a consumed resource (see refreshingClient).
  const running = { ...session, client: refreshingClient(session.client, refresh) };
  return ok({ ...planned.value, plan: consumedResource(operation, noted), session: running });
}
