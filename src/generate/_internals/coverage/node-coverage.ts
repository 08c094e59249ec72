import type { JsonSchema } from '../../../schema/types.ts';
import type { Reason } from '../../types.ts';
import type { GenContext } from '../gen-context.ts';
import type { Site } from '../mutations/node-mutation.ts';

/** A boundary value of one node (not yet placed in its parents). */
export interface NodeCoverage {
  value: unknown;
  expect: 'valid' | 'invalid';
  reason?: Reason;
  note: string;
  /** A candidate that may not hold (a wrong type a parameter reads back as valid): left out silently. */
  probe?: boolean;
}

/** Walks a sub-schema for boundary values (passed down so structural coverage need not import the walker). */
export type CoverageWalker = (schema: JsonSchema | undefined, site: Site, ctx: GenContext) => NodeCoverage[];

export function valid(value: unknown, note: string): NodeCoverage {
  return { value, expect: 'valid', note };
}

export function invalid(value: unknown, reason: Reason): NodeCoverage {
  return { value, expect: 'invalid', reason, note: reason.description };
}
