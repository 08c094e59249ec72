import type { SchemaNode } from '../merge-schemas.ts';
import type { RuleChange } from '../rule-types.ts';

/**
 * `anyOf`/`oneOf`: alternatives added widen, removed narrow (their common positions are compared as
 * children); gaining or losing the keyword altogether is a change of shape, counted as both.
 */
export function compositionRule(base: SchemaNode, head: SchemaNode): RuleChange[] {
  return (['anyOf', 'oneOf'] as const).flatMap((keyword): RuleChange[] => {
    const [before, after] = [base[keyword], head[keyword]];
    const [had, has] = [Array.isArray(before), Array.isArray(after)];
    if (!had && !has) return [];
    if (!had || !has) {
      const message = `${keyword} ${had ? 'removed' : 'added'}`;
      return [{ code: `${keyword.toLowerCase()}-${had ? 'removed' : 'added'}`, effect: 'changed', message }];
    }
    const [from, to] = [(before as unknown[]).length, (after as unknown[]).length];
    if (from === to) return [];
    const message = `${keyword} alternatives ${from} -> ${to}`;
    return to > from
      ? [{ code: `${keyword.toLowerCase()}-alternative-added`, effect: 'widened', message }]
      : [{ code: `${keyword.toLowerCase()}-alternative-removed`, effect: 'narrowed', message }];
  });
}
