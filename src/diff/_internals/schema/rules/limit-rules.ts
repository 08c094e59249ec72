import type { SchemaNode } from '../merge-schemas.ts';
import type { Effect, RuleChange } from '../rule-types.ts';

interface Limit {
  keyword: string;
  /** An upper limit narrows when it decreases; a lower one when it increases. */
  upper: boolean;
  code: string;
}

const LIMITS: readonly Limit[] = [
  { keyword: 'maxLength', upper: true, code: 'max-length' },
  { keyword: 'minLength', upper: false, code: 'min-length' },
  { keyword: 'maxItems', upper: true, code: 'max-items' },
  { keyword: 'minItems', upper: false, code: 'min-items' },
  { keyword: 'maxProperties', upper: true, code: 'max-properties' },
  { keyword: 'minProperties', upper: false, code: 'min-properties' },
  { keyword: 'maxContains', upper: true, code: 'max-contains' },
  { keyword: 'minContains', upper: false, code: 'min-contains' },
];

const numberOr = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function compare(
  limit: Limit,
  before: number | undefined,
  after: number | undefined,
): RuleChange | undefined {
  const message = `${limit.keyword} ${before ?? 'none'} -> ${after ?? 'none'}`;
  if (before === after) return undefined;
  if (before === undefined) return { code: `${limit.code}-added`, effect: 'narrowed', message };
  if (after === undefined) return { code: `${limit.code}-removed`, effect: 'widened', message };
  const increased = after > before;
  const effect: Effect = increased === limit.upper ? 'widened' : 'narrowed';
  return { code: `${limit.code}-${increased ? 'increased' : 'decreased'}`, effect, message };
}

/** Count limits of strings, arrays and objects: `maxLength 128 -> 64` narrows. */
export function limitRules(base: SchemaNode, head: SchemaNode): RuleChange[] {
  return LIMITS.flatMap(
    (limit) => compare(limit, numberOr(base[limit.keyword]), numberOr(head[limit.keyword])) ?? [],
  );
}
