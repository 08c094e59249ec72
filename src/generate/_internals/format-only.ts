import type { CompiledSchema, SchemaError } from '../../schema/types.ts';
import type { Reason } from '../types.ts';

/**
 * The reason of an invalid value, marked `formatOnly` when the value is valid with formats as annotations
 * (`validateFormatsAside`; without it, when every error is a `format` error). Only values with a format
 * error are validated again.
 */
export function markFormatOnly(
  schema: CompiledSchema,
  value: unknown,
  reason: Reason,
  errors: readonly SchemaError[],
): Reason {
  if (!errors.some((error) => error.keyword === 'format')) return reason;
  const aside = schema.validateFormatsAside?.(value) ?? errors.filter((error) => error.keyword !== 'format');
  return aside.length === 0 ? { ...reason, formatOnly: true } : reason;
}
