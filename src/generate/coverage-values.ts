import type { CompiledSchema } from '../schema/types.ts';
import { collectCoverage, type CoverageOptions } from './_internals/coverage/collect-coverage.ts';
import type { CoverageValue } from './types.ts';

export type { CoverageOptions } from './_internals/coverage/collect-coverage.ts';

/**
 * Deterministic boundary values, each once: string lengths around minLength/maxLength in ASCII and in wider
 * characters (catching servers that count UTF-16 units or bytes), numeric bounds at/inside/outside, big
 * integers, enum values, optional properties present and absent, forbidden extras. Every invalid value fails
 * for its reason alone and every valid one validates; the others are left out.
 */
export function coverageValues(schema: CompiledSchema, options: CoverageOptions = {}): CoverageValue[] {
  return collectCoverage(schema, options).values;
}
