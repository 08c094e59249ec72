import type { CompiledSchema } from './types.ts';
import { LAZY_VALIDATORS } from './_internals/lazy-validators.ts';

/**
 * Validators are compiled on first use. This compiles the schema's now and says why ajv could not, when it
 * could not (such a schema's `validate` answers with one `exception` error): undefined means it compiles.
 */
export function compileErrorOf(schema: CompiledSchema): string | undefined {
  return LAZY_VALIDATORS.get(schema)?.();
}
