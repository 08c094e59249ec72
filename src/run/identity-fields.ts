import type { RequestCase } from '../generate/types.ts';

/** Cases sent with their identity fields already tagged (the deliberate repeat): which fields those are. */
const pretagged = new WeakMap<RequestCase, readonly string[]>();

/** Marks a case whose identity fields were tagged before sending (its own `uniqueFields` is empty then). */
export function notePretagged(requestCase: RequestCase, pointers: readonly string[]): void {
  if (pointers.length > 0) pretagged.set(requestCase, pointers);
}

/**
 * Instance paths of the body strings that name the resource (a key's `name`): a replay gives them fresh
 * tags of the same length and kind, so replaying twice against one server does not collide with itself.
 */
export function identityFieldsOf(requestCase: RequestCase): readonly string[] {
  return requestCase.uniqueFields.length > 0 ? requestCase.uniqueFields : (pretagged.get(requestCase) ?? []);
}
