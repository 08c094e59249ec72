/** The extension a schema `$ref` is renamed to in the copy given to the structural validator. */
export const MASKED_REF = 'x-oac-ref';

/**
 * A copy of the document for the structural validator in which the `$ref`s inside schemas are renamed to
 * an extension keyword. The validator dereferences the whole document before checking it: on a large
 * document every shared schema would be inlined and checked once per use (GitHub's: ten seconds). Masked,
 * each schema is checked once where it is defined, Parameter, Response and other Reference Objects are
 * still followed, and missing targets were already found by `scanRefs`.
 * Schemas are what `components/schemas` holds and what a `schema` field holds, and everything inside them.
 */
export function maskSchemaRefs(document: Record<string, unknown>): Record<string, unknown> {
  return copy(document, 'root') as Record<string, unknown>;
}

/** Where a node stands: the root, `components`, the `components/schemas` map, a schema, anything else. */
type Where = 'root' | 'components' | 'schemas' | 'schema' | 'other';

function copy(node: unknown, where: Where): unknown {
  if (Array.isArray(node)) return node.map((item) => copy(item, where === 'schema' ? 'schema' : 'other'));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (where === 'schema' && key === '$ref') out[MASKED_REF] = value;
    else out[key] = copy(value, childOf(where, key));
  }
  return out;
}

function childOf(where: Where, key: string): Where {
  if (where === 'schema' || where === 'schemas' || key === 'schema') return 'schema';
  if (where === 'root' && key === 'components') return 'components';
  if (where === 'components' && key === 'schemas') return 'schemas';
  return 'other';
}
