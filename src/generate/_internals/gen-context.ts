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

/**
 * A key for what a context changes about values built under it: the compiled root (request or response
 * visibility, its resolver) aside, how deep each `$ref` is open. Nodes built twice under equal keys are equal.
 */
export function contextKey(ctx: GenContext): string {
  if (ctx.refDepth.size === 0) return `${ctx.maxDepth}`;
  return `${ctx.maxDepth}|${[...ctx.refDepth].map(([ref, depth]) => `${depth}${ref}`).join('|')}`;
}

/** A cache of what is built from a schema node under a context (arbitraries and views are immutable). */
export function nodeCache<T>(): (node: object, ctx: GenContext, build: () => T) => T {
  const byRoot = new WeakMap<object, WeakMap<object, Map<string, T>>>();
  return (node, ctx, build) => {
    const root = ctx.compiled as object;
    let byNode = byRoot.get(root);
    if (byNode === undefined) byRoot.set(root, (byNode = new WeakMap()));
    let byContext = byNode.get(node);
    if (byContext === undefined) byNode.set(node, (byContext = new Map<string, T>()));
    const key = contextKey(ctx);
    const known = byContext.get(key);
    if (known !== undefined) return known;
    const built = build();
    byContext.set(key, built);
    return built;
  };
}
