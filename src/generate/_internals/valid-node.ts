import fc from 'fast-check';
import type { JsonSchema } from '../../schema/types.ts';
import { arrayArbitrary } from './array-arbitrary.ts';
import { branchesOf } from './branches.ts';
import { nodeCache, type GenContext } from './gen-context.ts';
import { generationTypes, JSON_TYPES, type JsonType } from './json-types.ts';
import { smallJsonValue } from './json-value.ts';
import { numericBounds } from './numeric-bounds.ts';
import { numberArbitrary } from './number-arbitrary.ts';
import { objectArbitrary } from './object-arbitrary.ts';
import { viewOf, type SchemaView } from './schema-view.ts';
import { stringArbitrary } from './string-arbitrary.ts';

/** Stands for "no value can be built here"; the final validation rejects it. */
export const UNBUILDABLE: fc.Arbitrary<unknown> = fc.constant(Symbol('unbuildable'));

/**
 * Values meant to satisfy `schema`, built from its keywords: each branch of a oneOf/anyOf (with its
 * discriminator value), each side of an if/then/else, the types a `not: {type}` leaves. The rest of `not`,
 * the exclusivity of `oneOf`, an `else` that the `if` also matches and keywords that did not merge are
 * left to the final validation by the caller.
 */
export function validNode(schema: JsonSchema | undefined, ctx: GenContext): fc.Arbitrary<unknown> {
  if (typeof schema !== 'object') return validView(viewOf(schema, ctx));
  // A body is rebuilt around each of its mutations: its parts are built once.
  return BUILT(schema, ctx, () => validView(viewOf(schema, ctx)));
}

const BUILT = nodeCache<fc.Arbitrary<unknown>>();

export function validView(view: SchemaView): fc.Arbitrary<unknown> {
  if (view.hopeless) return UNBUILDABLE;
  const branches = branchesOf(view);
  if (branches.length > 0) return fc.oneof(...branches.map((branch) => validView(branch.view)));
  if ('const' in view.schema) return fc.constant(view.schema.const);
  if (Array.isArray(view.schema.enum))
    return view.schema.enum.length > 0 ? fc.constantFrom(...(view.schema.enum as unknown[])) : UNBUILDABLE;
  const types = allowedTypes(view);
  // A schema that says nothing about types takes anything: small values, not an endless nesting.
  if (types === undefined) return smallJsonValue;
  if (types.length === 0) return UNBUILDABLE;
  return fc.oneof(...types.map((type) => typedArbitrary(view, type)));
}

/** The types to build: declared or implied, less those a `not: {type}` forbids. */
function allowedTypes(view: SchemaView): JsonType[] | undefined {
  const types = generationTypes(view.schema);
  const not = view.schema.not;
  const denied =
    typeof not === 'object' && not !== null ? generationTypes(not as Record<string, unknown>) : undefined;
  if (denied === undefined || Object.keys(not as object).length !== 1) return types;
  const forbidden = (type: JsonType): boolean =>
    denied.includes(type) || (type === 'integer' && denied.includes('number'));
  return (types ?? [...JSON_TYPES]).filter((type) => !forbidden(type));
}

/** Values of one JSON type under the node's keywords. */
export function typedArbitrary(view: SchemaView, type: JsonType): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number':
      return numberArbitrary(numericBounds(view.schema, type === 'integer'));
    case 'string':
      return stringArbitrary(view.schema);
    case 'array':
      return arrayArbitrary(view, validNode);
    case 'object':
      return objectArbitrary(view, validNode);
  }
}
