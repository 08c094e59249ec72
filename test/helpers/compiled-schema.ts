import { createAjv } from '../../src/schema/ajv.ts';
import { getAtPointer } from '../../src/core/json-pointer.ts';
import type { CompiledSchema, JsonSchema, SchemaContext, SchemaError } from '../../src/schema/types.ts';

/**
 * A CompiledSchema for tests, built from an already translated JSON Schema 2020-12 document whose `$ref`s
 * point into its own `$defs` (`#/$defs/Name`). The bag of `$defs` is registered once under its own `$id`, so
 * the root may itself be a bare `{ $ref }`, as in compiled documents.
 */
export function compiledSchemaFor(
  jsonSchema: JsonSchema,
  context: SchemaContext = 'request',
  pointer = '/test',
): CompiledSchema {
  const ajv = createAjv();
  const defs = typeof jsonSchema === 'object' ? (jsonSchema.$defs ?? {}) : {};
  ajv.addSchema({ $id: 'urn:test:bag', $defs: defs });
  const validateFn = ajv.compile(withBagRefs(jsonSchema));
  return {
    schema: jsonSchema,
    context,
    pointer,
    validate(value: unknown): SchemaError[] {
      if (validateFn(value)) return [];
      return (validateFn.errors ?? []).map((e) => ({
        keyword: e.keyword,
        instancePath: e.instancePath,
        schemaPath: e.schemaPath,
        params: e.params as Record<string, unknown>,
        message: e.message ?? '',
      }));
    },
    resolve(ref: string): JsonSchema | undefined {
      if (!ref.startsWith('#/$defs/')) return undefined;
      return getAtPointer({ $defs: defs }, ref.slice(1)) as JsonSchema | undefined;
    },
  };
}

/** The root without its `$defs`, every `#/$defs/...` ref pointed at the bag (refs inside the bag stay local). */
function withBagRefs(schema: JsonSchema): JsonSchema {
  if (typeof schema !== 'object') return schema;
  const rewritten = JSON.parse(
    JSON.stringify(schema, (key, value: unknown) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')
        ? `urn:test:bag${value}`
        : value,
    ),
  ) as Record<string, unknown>;
  delete rewritten.$defs;
  return rewritten;
}
