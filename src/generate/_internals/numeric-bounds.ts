import { isDecimalMultiple } from '../../schema/decimal.ts';
import { NUMBER_FORMAT_RANGES } from './string-formats.ts';
import { numberKeyword, stringKeyword, type SchemaObject } from './schema-object.ts';

/** One side of a numeric range; `exclusive` means the bound itself is outside. */
export interface Bound {
  value: number;
  exclusive: boolean;
  keyword: string;
}

export interface NumericBounds {
  lower?: Bound;
  upper?: Bound;
  multipleOf?: number;
  integer: boolean;
}

/** The tighter of `minimum`/`exclusiveMinimum` (and of the maxima), plus the range of an int32/int64 format. */
export function numericBounds(schema: SchemaObject, integer: boolean): NumericBounds {
  const range = NUMBER_FORMAT_RANGES[stringKeyword(schema, 'format') ?? ''];
  const lower = tighter(bound(schema, 'minimum', false), bound(schema, 'exclusiveMinimum', true), 1);
  const upper = tighter(bound(schema, 'maximum', false), bound(schema, 'exclusiveMaximum', true), -1);
  const multipleOf = numberKeyword(schema, 'multipleOf');
  return {
    lower: exactOrSafe(
      range ? tighter(lower, { value: range.min, exclusive: false, keyword: 'format' }, 1) : lower,
    ),
    upper: exactOrSafe(
      range ? tighter(upper, { value: range.max, exclusive: false, keyword: 'format' }, -1) : upper,
    ),
    multipleOf: multipleOf !== undefined && multipleOf > 0 ? multipleOf : undefined,
    integer: integer || range !== undefined,
  };
}

/**
 * A bound past 2^53 was rounded when the document was parsed (int64's 9223372036854775807 reads as 2^63, which
 * is outside it): values are then kept within the safe integers, which it certainly allows.
 */
function exactOrSafe(bound: Bound | undefined): Bound | undefined {
  if (bound === undefined || Math.abs(bound.value) <= Number.MAX_SAFE_INTEGER) return bound;
  const safe = bound.value > 0 ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  return { ...bound, value: safe, exclusive: false };
}

function bound(schema: SchemaObject, keyword: string, exclusive: boolean): Bound | undefined {
  const value = numberKeyword(schema, keyword);
  return value === undefined ? undefined : { value, exclusive, keyword };
}

/** The bound that excludes more; `direction` 1 for lower bounds, -1 for upper. */
function tighter(a: Bound | undefined, b: Bound | undefined, direction: 1 | -1): Bound | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a.value !== b.value) return (a.value - b.value) * direction > 0 ? a : b;
  return a.exclusive ? a : b;
}

/** The validator's test (`isDecimalMultiple`): on decimals, so 19.99 is a multiple of 0.01. */
export function isMultipleOf(value: number, divisor: number | undefined): boolean {
  return divisor === undefined || isDecimalMultiple(value, divisor);
}

export function withinBounds(value: number, bounds: NumericBounds): boolean {
  const { lower, upper } = bounds;
  if (!Number.isFinite(value)) return false;
  if (lower && (lower.exclusive ? value <= lower.value : value < lower.value)) return false;
  if (upper && (upper.exclusive ? value >= upper.value : value > upper.value)) return false;
  return (!bounds.integer || Number.isInteger(value)) && isMultipleOf(value, bounds.multipleOf);
}

/** The closest integers inside the bounds (`undefined` for an open side). */
export function integerRange(bounds: NumericBounds): { lo?: number; hi?: number } {
  const { lower, upper } = bounds;
  const lo = lower && (lower.exclusive ? Math.floor(lower.value) + 1 : Math.ceil(lower.value));
  const hi = upper && (upper.exclusive ? Math.ceil(upper.value) - 1 : Math.floor(upper.value));
  return { lo, hi };
}

/** The adjacent representable doubles. */
export function nextUp(value: number): number {
  if (value === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  view.setBigInt64(0, view.getBigInt64(0) + (value > 0 ? 1n : -1n));
  return view.getFloat64(0);
}

export function nextDown(value: number): number {
  return -nextUp(-value);
}
