import type { SchemaNode } from './merge-schemas.ts';
import type { SchemaView } from './schema-view.ts';

/**
 * What a change does to the set of values a schema accepts. Which effect breaks clients depends on the
 * side: a request schema that accepts less rejects what clients send; a response schema that allows more
 * sends clients what they do not expect. `changed` is neither a subset nor a superset: it breaks both.
 */
export type Effect = 'narrowed' | 'widened' | 'changed';

export type SchemaSide = 'request' | 'response';

export interface RuleChange {
  /** Without the side: `max-length-decreased` (reported as `request-max-length-decreased`). */
  code: string;
  effect: Effect;
  message: string;
  /** Below the schema being compared (`/properties/name`), when the change is about a child. */
  at?: string;
}

export interface RuleContext {
  side: SchemaSide;
  base: SchemaView;
  head: SchemaView;
}

/** One family of keywords: compares two resolved schemas at the same place, children excluded. */
export type SchemaRule = (base: SchemaNode, head: SchemaNode, context: RuleContext) => RuleChange[];

/** Effect of replacing a constraint by another when each may be absent (absent = no constraint). */
export function presenceEffect(base: unknown, head: unknown): Effect | undefined {
  if (base === undefined && head === undefined) return undefined;
  if (base === undefined) return 'narrowed';
  return head === undefined ? 'widened' : 'changed';
}

export function show(value: unknown): string {
  return value === undefined ? 'none' : JSON.stringify(value);
}
