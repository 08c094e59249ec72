import type { CompiledSchema } from '../../schema/types.ts';

/** Every property name declared anywhere inside a schema, `$ref`s followed once each. */
export function propertyNamesIn(compiled: CompiledSchema): Set<string> {
  const names = new Set<string>();
  const seenRefs = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && !seenRefs.has(ref)) {
      seenRefs.add(ref);
      visit(compiled.resolve(ref));
    }
    const properties = (node as { properties?: unknown }).properties;
    if (typeof properties === 'object' && properties !== null)
      for (const name of Object.keys(properties)) names.add(name);
    for (const child of Object.values(node)) visit(child);
  };
  visit(compiled.schema);
  return names;
}
