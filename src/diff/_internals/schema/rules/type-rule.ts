import type { SchemaNode } from '../merge-schemas.ts';
import type { Effect, RuleChange } from '../rule-types.ts';

function typesOf(schema: SchemaNode): string[] | undefined {
  const { type } = schema;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((item): item is string => typeof item === 'string') : undefined;
}

/** Every value of `inner` types is allowed by `outer` types (an integer is a number). */
function within(inner: string[], outer: string[]): boolean {
  return inner.every((type) => outer.includes(type) || (type === 'integer' && outer.includes('number')));
}

function effectOf(base: string[] | undefined, head: string[] | undefined): Effect | undefined {
  if (base === undefined) return head === undefined ? undefined : 'narrowed';
  if (head === undefined) return 'widened';
  const widened = within(base, head);
  const narrowed = within(head, base);
  if (widened && narrowed) return undefined;
  if (widened) return 'widened';
  return narrowed ? 'narrowed' : 'changed';
}

const label = (types: string[] | undefined): string => (types === undefined ? 'any' : types.join('|'));

/** `type`, as sets (no type = any; `nullable` has become a `null` type): `string` -> `string|null`. */
export function typeRule(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const [before, after] = [typesOf(base), typesOf(head)];
  const effect = effectOf(before, after);
  if (effect === undefined) return [];
  return [{ code: `type-${effect}`, effect, message: `type ${label(before)} -> ${label(after)}` }];
}
