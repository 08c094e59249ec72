import { escapePointerSegment } from '../../../../core/json-pointer.ts';
import { isRecord } from '../../../../spec/_internals/is-record.ts';
import type { SchemaNode } from '../merge-schemas.ts';
import { presenceEffect, type RuleChange } from '../rule-types.ts';

const SINGLE = [
  { keyword: 'items', code: 'items' },
  { keyword: 'contains', code: 'contains' },
  { keyword: 'propertyNames', code: 'property-names' },
] as const;

const VERB = { narrowed: 'added', widened: 'removed', changed: 'changed' } as const;

function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value) : [];
}

/** Subschemas present on one side only (both sides present: the walker compares them as children). */
export function subschemaPresenceRule(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const single = SINGLE.flatMap(({ keyword, code }): RuleChange[] => {
    const effect = presenceEffect(base[keyword], head[keyword]);
    if (effect === undefined || effect === 'changed') return [];
    return [{ code: `${code}-${VERB[effect]}`, effect, message: `${keyword} ${VERB[effect]}` }];
  });
  const [before, after] = [keysOf(base.patternProperties), keysOf(head.patternProperties)];
  const patterns: RuleChange[] = [
    ...after
      .filter((key) => !before.includes(key))
      .map((key) => ({
        code: 'pattern-property-added',
        effect: 'narrowed' as const,
        message: `patternProperties ${key} added`,
        at: `/patternProperties/${escapePointerSegment(key)}`,
      })),
    ...before
      .filter((key) => !after.includes(key))
      .map((key) => ({
        code: 'pattern-property-removed',
        effect: 'widened' as const,
        message: `patternProperties ${key} removed`,
        at: `/patternProperties/${escapePointerSegment(key)}`,
      })),
  ];
  const [fromItems, toItems] = [base.prefixItems, head.prefixItems].map((list) =>
    Array.isArray(list) ? list.length : 0,
  );
  const prefix: RuleChange[] =
    fromItems === toItems
      ? []
      : [
          {
            code: 'prefix-items-changed',
            effect: 'changed',
            message: `prefixItems ${fromItems} -> ${toItems} positions`,
          },
        ];
  return [...single, ...patterns, ...prefix];
}
