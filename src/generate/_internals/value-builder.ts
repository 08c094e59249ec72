import type fc from 'fast-check';
import type { JsonSchema } from '../../schema/types.ts';
import type { GenContext } from './gen-context.ts';

/** Builds the valid values of a sub-schema; passed down so the structural builders need not import it. */
export type ValueBuilder = (schema: JsonSchema | undefined, ctx: GenContext) => fc.Arbitrary<unknown>;
