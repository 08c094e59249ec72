import type { JsonSchema } from '../../../schema/types.ts';
import type { GenContext } from '../gen-context.ts';
import type { Site } from '../mutations/node-mutation.ts';
import { viewOf } from '../schema-view.ts';
import { enumCoverage } from './enum-coverage.ts';
import type { NodeCoverage } from './node-coverage.ts';
import { numberCoverage } from './number-coverage.ts';
import { stringCoverage } from './string-coverage.ts';
import { arrayCoverage } from './array-coverage.ts';
import { objectCoverage } from './object-coverage.ts';

/** The boundary values of a node and of its children, each placed in the node's smallest valid value. */
export function coverageOf(schema: JsonSchema | undefined, site: Site, ctx: GenContext): NodeCoverage[] {
  const view = viewOf(schema, ctx);
  if (view.hopeless || view.exhausted || 'anyOf' in view.schema || 'oneOf' in view.schema) return [];
  return [
    ...enumCoverage(view, site),
    ...stringCoverage(view, site),
    ...numberCoverage(view, site),
    ...arrayCoverage(view, site, coverageOf),
    ...objectCoverage(view, site, coverageOf),
  ];
}
