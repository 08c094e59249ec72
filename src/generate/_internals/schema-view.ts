import { mergeAllOfKeyword } from '../../schema/merge-all-of-keyword.ts';
import { discriminatorOf, type Discriminator } from '../../schema/discriminator-of.ts';
import type { JsonSchema } from '../../schema/types.ts';
import { enterRef, nodeCache, refDepthOf, type GenContext } from './gen-context.ts';
import { asSchemaObject, schemaArray, type SchemaObject } from './schema-object.ts';

/** Past this many extra openings of a recursive `$ref`, generation gives up on the branch. */
const HARD_DEPTH_MARGIN = 4;

/** A schema node with its `$ref`s inlined and its `allOf` folded into one set of keywords. */
export interface SchemaView {
  schema: SchemaObject;
  /** For each keyword, the schema path (relative to the node) it came from: `` or `allOf/1`. */
  origin: ReadonlyMap<string, string>;
  /** The context for the node's children (with the `$ref`s opened here counted). */
  ctx: GenContext;
  /** A recursive `$ref` opened more than `maxDepth` times: generate the smallest values, walk no further. */
  exhausted: boolean;
  /** Far too deep, or unresolvable: no value can be built here. */
  hopeless: boolean;
  /** Keywords that could not be merged; values are confirmed by the final validation only. */
  unmerged: SchemaObject[];
  /** The OpenAPI discriminator of the node's oneOf/anyOf, when the document gives one. */
  discriminator?: Discriminator;
}

interface FoldState {
  schema: SchemaObject;
  origin: Map<string, string>;
  ctx: GenContext;
  exhausted: boolean;
  hopeless: boolean;
  unmerged: SchemaObject[];
  discriminator?: Discriminator;
}

export function viewOf(node: JsonSchema | undefined, ctx: GenContext): SchemaView {
  if (typeof node !== 'object') return foldView(node, ctx);
  return VIEWS(node, ctx, () => foldView(node, ctx));
}

const VIEWS = nodeCache<SchemaView>();

/** Below a recursive `$ref` opened past maxDepth, every node is exhausted (its arrays and objects too). */
function insideExhausted(ctx: GenContext): boolean {
  for (const depth of ctx.refDepth.values()) if (depth > ctx.maxDepth) return true;
  return false;
}

function foldView(node: JsonSchema | undefined, ctx: GenContext): SchemaView {
  const state: FoldState = {
    schema: {},
    origin: new Map(),
    ctx,
    exhausted: insideExhausted(ctx),
    hopeless: false,
    unmerged: [],
  };
  fold(state, asSchemaObject(node), '');
  return state;
}

/**
 * The node's view with `dropped` keywords taken out and `parts` folded in instead, each at its schema path
 * below the node (`anyOf/1`, `then`): for values built from one branch of a choice. The parts' keywords keep
 * their paths (`anyOf/1/maxLength`), so mutations inside a branch are labelled where they are written.
 */
export function partsView(
  view: SchemaView,
  dropped: readonly string[],
  parts: readonly { schema: JsonSchema; path: string }[],
): SchemaView {
  const schema: SchemaObject = {};
  for (const [name, value] of Object.entries(view.schema)) if (!dropped.includes(name)) schema[name] = value;
  const state: FoldState = {
    schema,
    origin: new Map(view.origin),
    ctx: view.ctx,
    exhausted: view.exhausted,
    hopeless: view.hopeless,
    unmerged: [...view.unmerged],
  };
  for (const part of parts) fold(state, asSchemaObject(part.schema), part.path);
  return state;
}

function fold(state: FoldState, schema: SchemaObject, prefix: string): void {
  state.discriminator ??= discriminatorOf(schema);
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === '$ref' || keyword === 'allOf' || keyword === '$defs') continue;
    if (mergeAllOfKeyword(state.schema, keyword, value)) {
      if (!state.origin.has(keyword)) state.origin.set(keyword, prefix);
      for (const entry of entriesOf(keyword, value)) {
        if (!state.origin.has(`${keyword}/${entry}`)) state.origin.set(`${keyword}/${entry}`, prefix);
      }
    } else {
      state.unmerged.push({ [keyword]: value });
    }
  }
  if (typeof schema.$ref === 'string') foldRef(state, schema.$ref, prefix);
  schemaArray(schema, 'allOf').forEach((branch, index) => {
    fold(state, asSchemaObject(branch), joinPath(prefix, `allOf/${index}`));
  });
}

/** The entries of keywords that allOf branches add to one by one: properties, required names... */
function entriesOf(keyword: string, value: unknown): string[] {
  if (keyword === 'required' && Array.isArray(value)) return value.map(String);
  if (ENTRY_KEYWORDS.has(keyword) && typeof value === 'object' && value !== null) return Object.keys(value);
  return [];
}

const ENTRY_KEYWORDS = new Set(['properties', 'patternProperties', 'dependentSchemas', 'dependentRequired']);

function foldRef(state: FoldState, ref: string, prefix: string): void {
  const depth = refDepthOf(state.ctx, ref);
  const target = state.ctx.compiled.resolve(ref);
  if (target === undefined || depth > state.ctx.maxDepth + HARD_DEPTH_MARGIN) {
    state.hopeless = true;
    return;
  }
  if (depth >= state.ctx.maxDepth) state.exhausted = true;
  state.ctx = enterRef(state.ctx, ref);
  // `$ref`s are inlined: their keywords keep the path of the node that refers to them.
  fold(state, asSchemaObject(target), prefix);
}

export function joinPath(prefix: string, suffix: string): string {
  if (prefix === '') return suffix;
  if (suffix === '') return prefix;
  return `${prefix}/${suffix}`;
}

/**
 * The schema path of a keyword of the view, below the node's own path (`#/properties/name`). With `entry`
 * (a property name, a required name), the allOf branch that brought that entry is named.
 */
export function keywordPath(view: SchemaView, nodePath: string, keyword: string, entry?: string): string {
  const origin =
    (entry === undefined ? undefined : view.origin.get(`${keyword}/${entry}`)) ??
    view.origin.get(keyword) ??
    '';
  return `${nodePath}/${joinPath(origin, keyword)}`;
}
