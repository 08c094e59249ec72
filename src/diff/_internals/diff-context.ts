import type { SpecChange } from '../types.ts';
import { compareSchemas } from './schema/compare-schemas.ts';
import type { Effect, SchemaSide } from './schema/rule-types.ts';
import type { SchemaView } from './schema/schema-view.ts';

export type Views = Record<SchemaSide, SchemaView>;

/** A change of one operation; the operation's name is added by whoever collects them. */
export type OperationChange = Omit<SpecChange, 'operation' | 'operationId'>;

export interface DiffContext {
  base: Views;
  head: Views;
  emit(change: OperationChange): void;
}

/** Requests break when they accept less; responses break when they may send more; a change of shape breaks both. */
export function breaks(effect: Effect, side: SchemaSide): boolean {
  if (effect === 'changed') return true;
  return side === 'request' ? effect === 'narrowed' : effect === 'widened';
}

/** Compares two schemas found at `location` (`request body application/json`) and reports each change. */
export function diffSchemas(
  context: DiffContext,
  side: SchemaSide,
  location: string,
  base: unknown,
  head: unknown,
): void {
  const views = { side, base: context.base[side], head: context.head[side] };
  for (const found of compareSchemas(base, head, views)) {
    context.emit({
      code: `${side}-${found.code}`,
      breaking: breaks(found.effect, side),
      side,
      location: `${location} #${found.at}`,
      message: found.message,
    });
  }
}
