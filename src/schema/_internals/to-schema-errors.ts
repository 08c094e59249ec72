import type { ErrorObject } from 'ajv';
import type { SchemaError } from '../types.ts';

export function toSchemaErrors(errors: readonly ErrorObject[] | null | undefined): SchemaError[] {
  return (errors ?? []).map((error) => ({
    keyword: error.keyword,
    instancePath: error.instancePath,
    schemaPath: error.schemaPath,
    params: { ...(error.params as Record<string, unknown>) },
    message: error.message ?? '',
  }));
}
