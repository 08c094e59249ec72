import { decimalOf, isDecimalMultiple, normalised, numberOf, type Decimal } from '../../schema/decimal.ts';

/** Which way a quotient or a trimmed multiple is rounded. */
export type Direction = 'up' | 'down';

/** Significant digits that any double reads back to from its shortest text (DBL_DIG). */
const EXACT_DIGITS = 15;

function divide(a: bigint, b: bigint, direction: Direction): bigint {
  const quotient = a / b; // truncates toward zero
  if (quotient * b === a) return quotient;
  const negative = a < 0n !== b < 0n;
  if (direction === 'up') return negative ? quotient : quotient + 1n;
  return negative ? quotient - 1n : quotient;
}

function digitCount(value: bigint): number {
  return (value < 0n ? -value : value).toString().length;
}

/** `value / step` rounded to an integer, exactly (on decimals: 0.3 / 0.1 is 3). */
export function stepsIn(value: number, step: number, direction: Direction): bigint {
  const v = decimalOf(value);
  const s = decimalOf(step);
  const shift = v.exponent - s.exponent;
  return shift >= 0
    ? divide(v.digits * 10n ** BigInt(shift), s.digits, direction)
    : divide(v.digits, s.digits * 10n ** BigInt(-shift), direction);
}

/**
 * `factor` × `step` as a number whose shortest text is that exact multiple (so a server reading it as a
 * decimal sees a multiple too: 328 × 0.1 is 32.8, never 32.800000000000004). A double cannot hold every
 * decimal past 15 significant digits: when the exact one does not read back, the factor is rounded, in
 * `direction`, to a multiple of a power of ten (the value stays a multiple, a little further up or down).
 */
export function multipleAt(factor: bigint, step: number, direction: Direction): number {
  const s = decimalOf(step);
  const exact = numberOf(normalised(factor * s.digits, s.exponent));
  if (isDecimalMultiple(exact, step)) return exact;
  let trim = Math.max(1, digitCount(factor * s.digits) - EXACT_DIGITS);
  let scaled = divide(factor, 10n ** BigInt(trim), direction);
  while (digitCount(normalised(scaled * s.digits, 0).digits) > EXACT_DIGITS) {
    trim++;
    scaled = divide(factor, 10n ** BigInt(trim), direction);
  }
  return numberOf(normalised(scaled * s.digits, s.exponent + trim));
}

/** The multiple of `step` nearest `value` on the side `direction` (the value itself when it is one). */
export function multipleNear(value: number, step: number, direction: Direction): number {
  return multipleAt(stepsIn(value, step, direction), step, direction);
}

/** `value + times × step`, computed on decimals (0.1 + 0.01 is 0.11); `times` may be a fraction (0.5). */
export function stepFrom(value: number, times: number, step: number): number {
  const v = decimalOf(value);
  const t = decimalOf(times);
  const s = decimalOf(step);
  const move: Decimal = { digits: t.digits * s.digits, exponent: t.exponent + s.exponent };
  const low = Math.min(v.exponent, move.exponent);
  const sum = v.digits * 10n ** BigInt(v.exponent - low) + move.digits * 10n ** BigInt(move.exponent - low);
  return numberOf(normalised(sum, low));
}

/**
 * A number next to the multiple `value` that is no multiple of `step`, on the side `sign`: one more (or less)
 * for an integer step of integers (the type holds), else half a step (0.07 + 0.005 is 0.075).
 */
export function offMultiple(value: number, step: number, integer: boolean, sign: 1 | -1 = 1): number {
  return integer && Number.isInteger(step) ? stepFrom(value, sign, 1) : stepFrom(value, sign * 0.5, step);
}
