import type { JsonSchema } from '../../../schema/types.ts';
import { branchesOf } from '../branches.ts';
import type { GenContext } from '../gen-context.ts';
import { viewOf, type SchemaView } from '../schema-view.ts';
import { arrayMutations } from './array-mutations.ts';
import { enumMutations } from './enum-mutations.ts';
import { compositeMutations } from './composite-mutations.ts';
import type { NodeMutation, Site } from './node-mutation.ts';
import { numberMutations } from './number-mutations.ts';
import { objectMutations } from './object-mutations.ts';
import { stringMutations } from './string-mutations.ts';
import { typeMutations } from './type-mutations.ts';

/**
 * Every constraint the node states, each broken alone, with the mutations of its children lifted into it.
 * A node with a oneOf/anyOf/if is mutated branch by branch (compositeMutations).
 */
export function nodeMutations(schema: JsonSchema | undefined, site: Site, ctx: GenContext): NodeMutation[] {
  return viewMutations(viewOf(schema, ctx), site);
}

export function viewMutations(view: SchemaView, site: Site): NodeMutation[] {
  if (view.hopeless || view.exhausted) return [];
  const branches = branchesOf(view);
  if (branches.length > 0) return compositeMutations(view, site, branches, viewMutations);
  return [
    ...typeMutations(view, site),
    ...enumMutations(view, site),
    ...stringMutations(view, site),
    ...numberMutations(view, site),
    ...arrayMutations(view, site, nodeMutations),
    ...objectMutations(view, site, nodeMutations),
  ];
}
