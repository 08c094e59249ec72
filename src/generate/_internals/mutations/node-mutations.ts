import type { JsonSchema } from '../../../schema/types.ts';
import type { GenContext } from '../gen-context.ts';
import { viewOf } from '../schema-view.ts';
import { arrayMutations } from './array-mutations.ts';
import { enumMutations } from './enum-mutations.ts';
import { compositeMutations } from './composite-mutations.ts';
import type { NodeMutation, Site } from './node-mutation.ts';
import { numberMutations } from './number-mutations.ts';
import { objectMutations } from './object-mutations.ts';
import { stringMutations } from './string-mutations.ts';
import { typeMutations } from './type-mutations.ts';

const COMPOSITES = ['anyOf', 'oneOf', 'if'];

/**
 * Every constraint the node states, each broken alone, with the mutations of its children lifted into it.
 * A node with anyOf/oneOf/if gets only the mutations that break every branch at once (compositeMutations).
 */
export function nodeMutations(schema: JsonSchema | undefined, site: Site, ctx: GenContext): NodeMutation[] {
  const view = viewOf(schema, ctx);
  if (view.hopeless || view.exhausted) return [];
  const composite = COMPOSITES.find((keyword) => keyword in view.schema);
  if (composite !== undefined) return compositeMutations(view, site, composite);
  return [
    ...typeMutations(view, site),
    ...enumMutations(view, site),
    ...stringMutations(view, site),
    ...numberMutations(view, site),
    ...arrayMutations(view, site, nodeMutations),
    ...objectMutations(view, site, nodeMutations),
  ];
}
