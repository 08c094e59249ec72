/** A finite number as decimal digits: `digits` × 10^`exponent`, `digits` without trailing zeros (0 is 0 × 10^0). */
export interface Decimal {
  digits: bigint;
  exponent: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The decimal a number stands for: its shortest text (`String`), which is the text JSON most likely held (a
 * JSON number is decimal; a parser keeps the nearest double, and the shortest text reads back to it).
 */
export function decimalOf(value: number): Decimal {
  const match = NUMBER_TEXT.exec(String(value));
  if (match === null) throw new RangeError(`decimalOf: ${String(value)} is not a finite number`);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  return normalised(BigInt(`${sign}${whole}${fraction}`), Number(exponent) - fraction.length);
}

export function normalised(digits: bigint, exponent: number): Decimal {
  if (digits === 0n) return { digits, exponent: 0 };
  let zeros = 0;
  for (let rest = digits; rest % 10n === 0n; rest /= 10n) zeros++;
  return { digits: digits / 10n ** BigInt(zeros), exponent: exponent + zeros };
}

/** The nearest double (its shortest text is the decimal itself up to 15 significant digits). */
export function numberOf(decimal: Decimal): number {
  return Number(`${decimal.digits}e${decimal.exponent}`);
}

/**
 * `multipleOf` as 2020-12 §6.2.1 means it, on decimals: `value / step` is an integer. Binary floating point
 * says 19.99 / 0.01 = 1998.9999999999998 (and ajv's own test, q === parseInt(q), fails every quotient of
 * 1e21 or more); decimal arithmetic is exact at every magnitude. Safe integers take the quick path.
 */
export function isDecimalMultiple(value: number, step: number): boolean {
  if (Number.isSafeInteger(value) && Number.isSafeInteger(step)) return step !== 0 && value % step === 0;
  if (!Number.isFinite(value) || !Number.isFinite(step) || step === 0) return false;
  const v = decimalOf(value);
  const s = decimalOf(step);
  if (v.digits === 0n) return true;
  // v.digits has no trailing zero: a value with a digit below the step's lowest one is no multiple.
  if (v.exponent < s.exponent) return false;
  return (v.digits * 10n ** BigInt(v.exponent - s.exponent)) % s.digits === 0n;
}
