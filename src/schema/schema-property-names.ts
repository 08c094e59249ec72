import type { CompiledSchema, JsonSchema } from './types.ts';

export interface SchemaPropertyNames {
  /** Every property name declared anywhere inside the schema. */
  declared: ReadonlySet<string>;
  /** Those whose schema is `writeOnly` or `format: password`. */
  secret: ReadonlySet<string>;
}

const cache = new WeakMap<CompiledSchema, SchemaPropertyNames>();

function isSecretSchema(schema: JsonSchema | undefined): boolean {
  return typeof schema === 'object' && (schema.writeOnly === true || schema.format === 'password');
}

/**
 * The property names a schema declares, and those it marks `writeOnly` or `format: password`, anywhere
 * inside it ($refs followed once each). Matching by name over-redacts a little; it never under-redacts.
 */
export function schemaPropertyNames(compiled: CompiledSchema): SchemaPropertyNames {
  const cached = cache.get(compiled);
  if (cached !== undefined) return cached;
  const declared = new Set<string>();
  const secret = new Set<string>();
  const seenRefs = new Set<string>();
  const deref = (node: unknown): unknown => {
    const ref = typeof node === 'object' && node !== null ? (node as { $ref?: unknown }).$ref : undefined;
    return typeof ref === 'string' ? compiled.resolve(ref) : node;
  };
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && !seenRefs.has(ref)) {
      seenRefs.add(ref);
      visit(compiled.resolve(ref));
    }
    const properties = (node as { properties?: unknown }).properties;
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, sub] of Object.entries(properties)) {
        declared.add(name);
        if (isSecretSchema(deref(sub) as JsonSchema)) secret.add(name);
      }
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(compiled.schema);
  const names = { declared, secret };
  cache.set(compiled, names);
  return names;
}
