import fc from 'fast-check';

/** Small JSON values of any type (for schemas that allow anything). */
export const smallJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 8 }),
  fc.constant([]),
  fc.constant({}),
);

/** Whether JSON would give the value back unchanged: finite numbers but -0, plain arrays and objects. */
function survivesJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth > 200) return false;
  if (Array.isArray(value)) return value.every((item) => item !== undefined && survivesJson(item, depth + 1));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => item !== undefined && survivesJson(item, depth + 1));
}

/** JSON.parse(JSON.stringify(value)): what the server will actually receive (the value itself when the same). */
export function jsonRoundTrip(value: unknown): unknown {
  if (survivesJson(value)) return value;
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

/** Canonical JSON (sorted keys), for deep equality as ajv's `uniqueItems` and `enum` see it. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
