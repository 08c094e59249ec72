import type { CompiledSchema } from '../../schema/types.ts';

/** What every generator carries while it walks a schema. */
export interface GenContext {
  compiled: CompiledSchema;
  /** How many times one `$ref` may open inside itself on one path (recursive schemas). */
  maxDepth: number;
  /** How many times each `$ref` is open on the current path. */
  refDepth: ReadonlyMap<string, number>;
}

export const DEFAULT_MAX_DEPTH = 2;

export function rootContext(compiled: CompiledSchema, maxDepth = DEFAULT_MAX_DEPTH): GenContext {
  return { compiled, maxDepth, refDepth: new Map() };
}

/** The context one level inside `ref`. */
export function enterRef(ctx: GenContext, ref: string): GenContext {
  const refDepth = new Map(ctx.refDepth);
  refDepth.set(ref, (refDepth.get(ref) ?? 0) + 1);
  return { ...ctx, refDepth };
}

export function refDepthOf(ctx: GenContext, ref: string): number {
  return ctx.refDepth.get(ref) ?? 0;
}
