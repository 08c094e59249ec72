import type { CompiledSchema } from '../types.ts';

/** Compiles a schema's validator now (if it is not yet) and tells why it cannot be, if it cannot. */
export type ForceCompile = () => string | undefined;

/** Every compiled schema handed out, with the way to force its lazy compilation. */
export const LAZY_VALIDATORS = new WeakMap<CompiledSchema, ForceCompile>();
