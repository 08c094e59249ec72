import type { CompiledSchema, JsonSchema } from '../../schema/types.ts';

const cache = new WeakMap<CompiledSchema, ReadonlySet<string>>();

function isSecretSchema(schema: JsonSchema | undefined): boolean {
  return typeof schema === 'object' && (schema.writeOnly === true || schema.format === 'password');
}

/**
 * Names of the properties a schema marks `writeOnly` or `format: password`, anywhere inside it ($refs
 * followed once each). Matching by name over-redacts a little; it never under-redacts.
 */
export function secretPropertyNames(compiled: CompiledSchema): ReadonlySet<string> {
  const cached = cache.get(compiled);
  if (cached !== undefined) return cached;
  const names = new Set<string>();
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
      for (const [name, sub] of Object.entries(properties))
        if (isSecretSchema(deref(sub) as JsonSchema)) names.add(name);
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(compiled.schema);
  cache.set(compiled, names);
  return names;
}
