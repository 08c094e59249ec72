import type { SchemaNode } from '../merge-schemas.ts';
import type { Effect, RuleChange } from '../rule-types.ts';

interface Bound {
  value: number;
  exclusive: boolean;
}

type Direction = 'lower' | 'upper';

const KEYWORDS = {
  lower: { inclusive: 'minimum', exclusive: 'exclusiveMinimum' },
  upper: { inclusive: 'maximum', exclusive: 'exclusiveMaximum' },
} as const;

function isIntegerOnly(schema: SchemaNode): boolean {
  const types =
    typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : [];
  return types.includes('integer') && types.every((type) => type === 'integer' || type === 'null');
}

/** `> 0` and `>= 1` say the same of integers: integer bounds are made inclusive so they compare equal. */
function forIntegers(bound: Bound, direction: Direction): Bound {
  const lower = direction === 'lower';
  if (!bound.exclusive)
    return { value: lower ? Math.ceil(bound.value) : Math.floor(bound.value), exclusive: false };
  const value = lower ? Math.floor(bound.value) + 1 : Math.ceil(bound.value) - 1;
  return { value, exclusive: false };
}

/** The effective bound (2020-12: both keywords may be present; the tighter one counts). */
function boundOf(schema: SchemaNode, direction: Direction, integers: boolean): Bound | undefined {
  const keywords = KEYWORDS[direction];
  const sign = direction === 'lower' ? 1 : -1;
  const candidates: Bound[] = [];
  if (typeof schema[keywords.inclusive] === 'number')
    candidates.push({ value: schema[keywords.inclusive] as number, exclusive: false });
  if (typeof schema[keywords.exclusive] === 'number')
    candidates.push({ value: schema[keywords.exclusive] as number, exclusive: true });
  const tightest = candidates.sort(
    (a, b) => sign * (b.value - a.value) || Number(b.exclusive) - Number(a.exclusive),
  )[0];
  return tightest === undefined || !integers ? tightest : forIntegers(tightest, direction);
}

/** >0: `after` accepts fewer values than `before`. */
function tightness(before: Bound, after: Bound, direction: Direction): number {
  const sign = direction === 'lower' ? 1 : -1;
  return sign * (after.value - before.value) || Number(after.exclusive) - Number(before.exclusive);
}

function show(bound: Bound | undefined, direction: Direction): string {
  if (bound === undefined) return 'none';
  return `${direction === 'lower' ? '>' : '<'}${bound.exclusive ? '' : '='} ${bound.value}`;
}

function compare(base: SchemaNode, head: SchemaNode, direction: Direction): RuleChange | undefined {
  const integers = isIntegerOnly(base) && isIntegerOnly(head);
  const [before, after] = [boundOf(base, direction, integers), boundOf(head, direction, integers)];
  const name = direction === 'lower' ? 'minimum' : 'maximum';
  const message = `${name} ${show(before, direction)} -> ${show(after, direction)}`;
  if (before === undefined && after === undefined) return undefined;
  if (before === undefined) return { code: `${name}-added`, effect: 'narrowed', message };
  if (after === undefined) return { code: `${name}-removed`, effect: 'widened', message };
  const tighter = tightness(before, after, direction);
  if (tighter === 0) return undefined;
  const effect: Effect = tighter > 0 ? 'narrowed' : 'widened';
  return { code: `${name}-${tighter > 0 ? 'tightened' : 'loosened'}`, effect, message };
}

/** Numeric bounds, exclusive or not: `minimum > 0 -> >= 5` narrows. */
export function boundRules(base: SchemaNode, head: SchemaNode): RuleChange[] {
  return [compare(base, head, 'lower'), compare(base, head, 'upper')].filter(
    (change): change is RuleChange => change !== undefined,
  );
}
