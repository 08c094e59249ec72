import { describeSchemaError } from '../../schema/describe-schema-error.ts';
import type { SchemaError } from '../../schema/types.ts';

/** The first few errors in words (`/apiKey/name: must be string (type)`), `; `-separated, with a count of the rest. */
export function describeSchemaErrors(errors: readonly SchemaError[], limit = 3): string {
  const shown = errors.slice(0, limit).map(describeSchemaError);
  const rest = errors.length - shown.length;
  return rest > 0 ? `${shown.join('; ')}; and ${rest} more` : shown.join('; ');
}
