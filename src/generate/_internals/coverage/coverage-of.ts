import type { JsonSchema } from '../../../schema/types.ts';
import { branchesOf } from '../branches.ts';
import type { GenContext } from '../gen-context.ts';
import type { Site } from '../mutations/node-mutation.ts';
import { viewOf, type SchemaView } from '../schema-view.ts';
import { enumCoverage } from './enum-coverage.ts';
import type { NodeCoverage } from './node-coverage.ts';
import { numberCoverage } from './number-coverage.ts';
import { stringCoverage } from './string-coverage.ts';
import { arrayCoverage } from './array-coverage.ts';
import { objectCoverage } from './object-coverage.ts';

/** The boundary values of a node and of its children, each placed in the node's smallest valid value. */
export function coverageOf(schema: JsonSchema | undefined, site: Site, ctx: GenContext): NodeCoverage[] {
  return coverageOfView(viewOf(schema, ctx), site);
}

/** A node with a choice (oneOf, anyOf, if): the boundaries of each branch, as values of that branch. */
function coverageOfView(view: SchemaView, site: Site): NodeCoverage[] {
  if (view.hopeless || view.exhausted) return [];
  const branches = branchesOf(view);
  if (branches.length > 0) return branches.flatMap((branch) => coverageOfView(branch.constraints, site));
  return [
    ...enumCoverage(view, site),
    ...stringCoverage(view, site),
    ...numberCoverage(view, site),
    ...arrayCoverage(view, site, coverageOf),
    ...objectCoverage(view, site, coverageOf),
  ];
}
