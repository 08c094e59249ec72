import fc from 'fast-check';
import type { JsonSchema } from '../../schema/types.ts';
import { arrayArbitrary } from './array-arbitrary.ts';
import type { GenContext } from './gen-context.ts';
import { generationTypes, type JsonType } from './json-types.ts';
import { smallJsonValue } from './json-value.ts';
import { numericBounds } from './numeric-bounds.ts';
import { numberArbitrary } from './number-arbitrary.ts';
import { objectArbitrary } from './object-arbitrary.ts';
import { schemaArray, type SchemaObject } from './schema-object.ts';
import { viewOf, type SchemaView } from './schema-view.ts';
import { stringArbitrary } from './string-arbitrary.ts';

/** Stands for "no value can be built here"; the final validation rejects it. */
export const UNBUILDABLE: fc.Arbitrary<unknown> = fc.constant(Symbol('unbuildable'));

/**
 * Values meant to satisfy `schema`, built from its keywords. `not`, `if`, keywords that did not merge and the
 * exclusivity of `oneOf` are left to the final validation by the caller.
 */
export function validNode(schema: JsonSchema | undefined, ctx: GenContext): fc.Arbitrary<unknown> {
  const view = viewOf(schema, ctx);
  if (view.hopeless) return UNBUILDABLE;
  const branches = [...schemaArray(view.schema, 'anyOf'), ...schemaArray(view.schema, 'oneOf')];
  if (branches.length > 0)
    return fc.oneof(...branches.map((branch) => validNode(withBranch(view.schema, branch), view.ctx)));
  if (Array.isArray(view.schema.enum))
    return view.schema.enum.length > 0 ? fc.constantFrom(...(view.schema.enum as unknown[])) : UNBUILDABLE;
  if ('const' in view.schema) return fc.constant(view.schema.const);
  const types = generationTypes(view.schema);
  // A schema that says nothing about types takes anything: small values, not an endless nesting.
  if (types === undefined) return smallJsonValue;
  if (types.length === 0) return UNBUILDABLE;
  return fc.oneof(...types.map((type) => typedArbitrary(view, type)));
}

/** The node's other keywords joined with one branch of its anyOf/oneOf. */
export function withBranch(schema: SchemaObject, branch: JsonSchema): JsonSchema {
  const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = schema;
  return { allOf: [rest, branch] };
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
