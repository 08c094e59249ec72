import { UNRESOLVED_REF } from './prepare-refs.ts';

/** The extension a schema `$ref` is renamed to in the copy given to the structural validator. */
export const MASKED_REF = 'x-oac-ref';

/**
 * A copy of the document for the structural validator in which the `$ref`s inside schemas are renamed to
 * an extension keyword. The validator dereferences the whole document before checking it: on a large
 * document every shared schema would be inlined and checked once per use (GitHub's: ten seconds). Masked,
 * each schema is checked once where it is defined, Parameter, Response and other Reference Objects are
 * still followed, and missing targets were already set aside by `prepareRefs`.
 * Schemas are what `components/schemas` holds and what a `schema` field holds, and everything inside them.
 */
export function maskSchemaRefs(document: Record<string, unknown>): Record<string, unknown> {
  return copy(document, 'root') as Record<string, unknown>;
}

/** Where a node stands: the root, `components`, the `components/schemas` map, a schema, anything else. */
type Where = 'root' | 'components' | 'schemas' | 'schema' | 'other';

/**
 * A Parameter, Response or other object whose `$ref` points to nothing was set aside by prepareRefs (its
 * operations are skipped and reported): it is left out of the copy, so that the placeholder is not also
 * reported as an object missing its required fields.
 */
function isPlaceholder(node: unknown, where: Where): boolean {
  return where !== 'schema' && node !== null && typeof node === 'object' && UNRESOLVED_REF in node;
}

function copy(node: unknown, where: Where): unknown {
  if (Array.isArray(node)) {
    const at = where === 'schema' ? 'schema' : 'other';
    return node.filter((item) => !isPlaceholder(item, at)).map((item) => copy(item, at));
  }
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (where === 'schema' && key === '$ref') out[MASKED_REF] = value;
    else if (!isPlaceholder(value, childOf(where, key))) out[key] = copy(value, childOf(where, key));
  }
  return out;
}

function childOf(where: Where, key: string): Where {
  if (where === 'schema' || where === 'schemas' || key === 'schema') return 'schema';
  if (where === 'root' && key === 'components') return 'components';
  if (where === 'components' && key === 'schemas') return 'schemas';
  return 'other';
}
