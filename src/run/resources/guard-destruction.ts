import type { AuthMode, RequestCase } from '../../generate/types.ts';
import type { HttpClient } from '../../http/types.ts';
import { skippedExchange } from '../safety/skipped-exchange.ts';

/** Credentials that authenticate nobody: every server that checks credentials refuses the request. */
const NO_CREDENTIAL: ReadonlySet<AuthMode> = new Set(['none', 'empty', 'empty-bearer']);

export interface DestructionGuard {
  operationId: string;
  /** The path parameter naming what the operation ends; undefined for a whole collection. */
  param?: string;
  /** The value of a resource the run created for it; undefined when none could be. */
  created?: string;
  /** The configured known-good value (the user's resource): never ended. */
  userValue?: string;
  baseUrl: string;
  /** Why nothing was created (said when a case is held back). */
  why: string;
}

/** Certain to be refused whatever the server does with the rest: no credential at all. */
function certainlyRefused(requestCase: RequestCase): boolean {
  return requestCase.expect === 'unauthenticated' && NO_CREDENTIAL.has(requestCase.auth);
}

/** Why a case must not go, or undefined when it may. */
function heldBack(requestCase: RequestCase, guard: DestructionGuard): string | undefined {
  if (requestCase.operationId !== guard.operationId || certainlyRefused(requestCase)) return undefined;
  const value = guard.param === undefined ? undefined : requestCase.pathParams[guard.param];
  if (value !== undefined && value === guard.userValue)
    return `it would end ${guard.param ?? ''}=${value}, a resource this run did not create`;
  // An unknown id names nothing: a conformant server answers 404, a lax one has nothing of the user's to end.
  if (guard.created !== undefined || requestCase.expect === 'not-found') return undefined;
  return guard.why;
}

/**
 * The client, holding back every case of a destructive operation that could end a resource the run did not
 * create: one naming the configured known-good value, and, when no resource could be created, every case
 * but those sent without a credential and those with an unknown id. A held-back case is not sent (a skipped
 * exchange comes back, nothing is checked or recorded).
 */
export function guardDestruction(inner: HttpClient, guard: DestructionGuard): HttpClient {
  return {
    send(requestCase) {
      const why = heldBack(requestCase, guard);
      return why === undefined
        ? inner.send(requestCase)
        : Promise.resolve(skippedExchange(requestCase, guard.baseUrl, why));
    },
    close: () => inner.close(),
  };
}
