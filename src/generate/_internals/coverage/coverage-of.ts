import { fromPointer } from '../../../core/json-pointer.ts';
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
import { typeCoverage } from './type-coverage.ts';

/** Schemas already walked in one collection: a `$ref` by its target, an inline schema by its object. */
export type WalkedSchemas = Set<unknown>;

/**
 * Whether a node's boundaries are still to be taken: the root and its direct children always are; deeper,
 * a schema is walked once per collection (the same `$ref` at several paths, a recursive one at each depth).
 */
function firstWalk(schema: JsonSchema | undefined, site: Site, walked: WalkedSchemas | undefined): boolean {
  if (walked === undefined || typeof schema !== 'object') return true;
  const key = typeof schema.$ref === 'string' ? schema.$ref : schema;
  const seen = walked.has(key);
  walked.add(key);
  return !seen || fromPointer(site.instancePath).length <= 1;
}

/** The boundary values of a node and of its children, each placed in the node's smallest valid value. */
export function coverageOf(schema: JsonSchema | undefined, site: Site, ctx: GenContext): NodeCoverage[] {
  if (!firstWalk(schema, site, site.walked)) return [];
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
    // Last, so that the valid boundaries of a node come first (a run sends the plan in order).
    ...typeCoverage(view, site),
  ];
}
