const COMPOSITES = ['allOf', 'anyOf', 'oneOf', '$ref'];
const ANNOTATIONS = ['title', 'description', 'readOnly', 'writeOnly', 'deprecated', 'default'];

function withNull(type: unknown): unknown {
  if (typeof type === 'string') return type === 'null' ? type : [type, 'null'];
  if (Array.isArray(type)) return type.includes('null') ? type : [...(type as unknown[]), 'null'];
  return type;
}

function annotationsOf(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(ANNOTATIONS.filter((key) => key in schema).map((key) => [key, schema[key]]));
}

/**
 * OpenAPI 3.0 `nullable: true` in 2020-12 terms. With a type: `null` joins `type`, and `enum` (ajv #993:
 * an enum without null rejects null whatever the type says). With a composite or `$ref` and no type of its
 * own, the null would be rejected by the members, so the schema becomes `anyOf: [schema, {type: 'null'}]`
 * (annotations stay on top, where generators look for readOnly/writeOnly).
 */
export function applyNullable(schema: Record<string, unknown>): Record<string, unknown> {
  if (COMPOSITES.some((key) => key in schema)) {
    return { ...annotationsOf(schema), anyOf: [schema, { type: 'null' }] };
  }
  const out = { ...schema };
  if (out.type !== undefined) out.type = withNull(out.type);
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  return out;
}
