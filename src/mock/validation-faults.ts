import { fromPointer, getAtPointer, toPointer } from '../core/json-pointer.ts';
import type { CompiledSchema, SchemaError } from '../schema/types.ts';
import type { FaultName } from './faults.ts';

type Faults = ReadonlySet<FaultName>;

const LENGTH_KEYWORDS = new Set(['minLength', 'maxLength']);
const NUMERIC_STRING = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** The same value with every string (not keys) replaced by ASCII of the buggy length, so ajv counts it. */
function recount(value: unknown, measure: (text: string) => number): unknown {
  if (typeof value === 'string') return 'x'.repeat(measure(value));
  if (Array.isArray(value)) return value.map((item) => recount(item, measure));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, recount(item, measure)]));
}

/** Length errors as a server counting UTF-16 units or UTF-8 bytes finds them; other errors unchanged. */
export function validateCountingLengths(
  schema: CompiledSchema,
  value: unknown,
  faults: Faults,
): SchemaError[] {
  const measure = faults.has('utf8-length')
    ? (text: string) => Buffer.byteLength(text, 'utf8')
    : faults.has('utf16-length')
      ? (text: string) => text.length
      : undefined;
  const errors = schema.validate(value);
  if (measure === undefined) return errors;
  const lengthErrors = schema.validate(recount(value, measure)).filter((e) => LENGTH_KEYWORDS.has(e.keyword));
  return [...errors.filter((e) => !LENGTH_KEYWORDS.has(e.keyword)), ...lengthErrors];
}

function expectsNumber(error: SchemaError): boolean {
  return error.keyword === 'type' && /number|integer/.test(String(error.params['type']));
}

function setAtPointer(root: unknown, pointer: string, replacement: unknown): void {
  const segments = fromPointer(pointer);
  const last = segments.pop();
  const parent = getAtPointer(root, toPointer(segments));
  if (last !== undefined && parent !== null && typeof parent === 'object') {
    (parent as Record<string, unknown>)[last] = replacement;
  }
}

/** `string-expiry`: numeric strings where a number is required become numbers, as a lax server parses them. */
export function coerceNumericStrings(schema: CompiledSchema, value: unknown): unknown {
  const copy = structuredClone(value);
  for (const error of schema.validate(value).filter(expectsNumber)) {
    const found = getAtPointer(value, error.instancePath);
    if (typeof found === 'string' && NUMERIC_STRING.test(found))
      setAtPointer(copy, error.instancePath, Number(found));
  }
  return copy;
}

/** Whether a fault makes the server overlook this error. */
export function isForgiven(error: SchemaError, value: unknown, faults: Faults): boolean {
  const found = getAtPointer(value, error.instancePath);
  switch (error.keyword) {
    case 'maxLength':
      return faults.has('no-max-length');
    case 'exclusiveMinimum':
      return faults.has('inclusive-expiry') && found === error.params['limit'];
    case 'type':
      return faults.has('float-expiry') && error.params['type'] === 'integer' && Number.isFinite(found);
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return faults.has('extra-properties-accepted');
    case 'required':
      return faults.has('missing-name-accepted');
    default:
      return false;
  }
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, item]) => item !== null);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutNulls(item)]));
}

/**
 * The body as a lax server reads it before validating: `array-unwrapped` takes the one object of a
 * one-element array (a leftover batch path), `null-as-unset` drops properties whose value is null.
 */
export function loosenBody(value: unknown, faults: Faults): unknown {
  let body = value;
  if (faults.has('array-unwrapped') && Array.isArray(body) && body.length === 1) body = body[0] as unknown;
  if (faults.has('null-as-unset')) body = withoutNulls(body);
  return body;
}
