import { fromPointer } from '../../core/json-pointer.ts';
import type { Discriminator } from '../../schema/discriminator-of.ts';
import { documentPointerOfRef } from '../../schema/document-pointer-of-ref.ts';
import type { JsonSchema } from '../../schema/types.ts';
import { schemaArray } from './schema-object.ts';
import { joinPath, partsView, type SchemaView } from './schema-view.ts';

/** One alternative of a node: the values built from `view` satisfy the node through this branch. */
export interface Branch {
  /** Values are built from this view. */
  view: SchemaView;
  /** Constraints are broken (and boundaries taken) in this one: the `then` side without its `if`
   * condition, which is not a constraint to break. The same view for the other branches. */
  constraints: SchemaView;
  /** `oneOf`, `anyOf` or `if`. */
  keyword: string;
  /** `anyOf/1`, `then`, `else`: where the branch stands below the node. */
  path: string;
  /** The discriminator property the branch's value is fixed for: its value is not mutated. */
  discriminatorProperty?: string;
}

/** The value a discriminator gives a branch: its mapping entry, else the name of the schema it `$ref`s. */
function discriminatorValue(discriminator: Discriminator, branch: JsonSchema): string | undefined {
  const ref = typeof branch === 'object' && typeof branch.$ref === 'string' ? branch.$ref : undefined;
  const pointer = ref === undefined ? undefined : documentPointerOfRef(ref);
  if (pointer === undefined) return undefined;
  const mapped = Object.entries(discriminator.mapping).find(([, target]) => target === pointer);
  if (mapped !== undefined) return mapped[0];
  const segments = fromPointer(pointer);
  return segments.length === 3 && segments[0] === 'components' && segments[1] === 'schemas'
    ? segments[2]
    : undefined;
}

/** The branch with its discriminator property set to the branch's value (what a server dispatches on). */
function discriminated(branch: JsonSchema, discriminator: Discriminator | undefined): JsonSchema {
  const value = discriminator && discriminatorValue(discriminator, branch);
  if (discriminator === undefined || value === undefined) return branch;
  const name = discriminator.propertyName;
  return { allOf: [branch, { properties: { [name]: { const: value } }, required: [name] }] };
}

function choice(view: SchemaView, keyword: string): Branch[] {
  const at = (path: string): string => joinPath(view.origin.get(keyword) ?? '', path);
  return schemaArray(view.schema, keyword).map((branch, index) => {
    const schema = discriminated(branch, view.discriminator);
    const path = at(`${keyword}/${index}`);
    const built = partsView(view, [keyword], [{ schema, path }]);
    const fixed = schema === branch ? undefined : view.discriminator?.propertyName;
    return {
      view: built,
      constraints: built,
      keyword,
      path,
      ...(fixed ? { discriminatorProperty: fixed } : {}),
    };
  });
}

/** `if` + `then` for values the condition holds for, `else` for the others (checked after they are built). */
function conditional(view: SchemaView): Branch[] {
  const at = (path: string): string => joinPath(view.origin.get('if') ?? '', path);
  const dropped = ['if', 'then', 'else'];
  const part = (keyword: string): { schema: JsonSchema; path: string }[] => {
    const schema = view.schema[keyword];
    return schema === undefined ? [] : [{ schema: schema as JsonSchema, path: at(keyword) }];
  };
  const otherwise = partsView(view, dropped, part('else'));
  return [
    {
      view: partsView(view, dropped, [...part('if'), ...part('then')]),
      constraints: partsView(view, dropped, part('then')),
      keyword: 'if',
      path: at('then'),
    },
    { view: otherwise, constraints: otherwise, keyword: 'if', path: at('else') },
  ];
}

/**
 * The alternatives a node's values come from: each branch of its `oneOf` (else `anyOf`; with a discriminator
 * each branch carries its discriminator value), else the two sides of its `if`; empty for a plain node.
 * A node with several choices is split on one; the others are split inside each branch.
 */
export function branchesOf(view: SchemaView): Branch[] {
  if (schemaArray(view.schema, 'oneOf').length > 0) return choice(view, 'oneOf');
  if (schemaArray(view.schema, 'anyOf').length > 0) return choice(view, 'anyOf');
  if (view.schema.if !== undefined && view.schema.if !== true) return conditional(view);
  return [];
}
