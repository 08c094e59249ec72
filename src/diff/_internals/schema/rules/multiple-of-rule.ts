import type { SchemaNode } from '../merge-schemas.ts';
import type { RuleChange } from '../rule-types.ts';

/** `a` is a whole multiple of `b` (with a tolerance for decimal steps such as 0.01). */
function isMultiple(a: number, b: number): boolean {
  const ratio = a / b;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** `multipleOf`: a step that is a multiple of the old one accepts a subset of its values. */
export function multipleOfRule(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const before = typeof base.multipleOf === 'number' ? base.multipleOf : undefined;
  const after = typeof head.multipleOf === 'number' ? head.multipleOf : undefined;
  const message = `multipleOf ${before ?? 'none'} -> ${after ?? 'none'}`;
  if (before === after) return [];
  if (before === undefined) return [{ code: 'multiple-of-added', effect: 'narrowed', message }];
  if (after === undefined) return [{ code: 'multiple-of-removed', effect: 'widened', message }];
  if (isMultiple(after, before)) return [{ code: 'multiple-of-narrowed', effect: 'narrowed', message }];
  if (isMultiple(before, after)) return [{ code: 'multiple-of-widened', effect: 'widened', message }];
  return [{ code: 'multiple-of-changed', effect: 'changed', message }];
}
