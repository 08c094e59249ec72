import { childPairs } from './child-pairs.ts';
import type { SchemaNode } from './merge-schemas.ts';
import type { RuleChange, RuleContext } from './rule-types.ts';
import { SCHEMA_RULES } from './schema-rules.ts';
import { NEVER } from './schema-view.ts';

/** Schema nodes compared for one root at most: a bound on pathological documents, never reached by real ones. */
const MAX_NODES = 20_000;

/** A change found somewhere below the root; `at` is its JSON pointer from the root (`` for the root). */
export type FoundChange = RuleChange & { at: string };

interface Walk {
  context: RuleContext;
  found: FoundChange[];
  budget: { left: number };
}

function neverChange(base: SchemaNode, head: SchemaNode): RuleChange[] {
  if (base === NEVER)
    return [{ code: 'schema-allows-values', effect: 'widened', message: 'false -> a schema' }];
  if (head === NEVER)
    return [{ code: 'schema-allows-nothing', effect: 'narrowed', message: 'a schema -> false' }];
  return [];
}

function walk(
  baseNode: unknown,
  headNode: unknown,
  at: string,
  ancestors: ReadonlySet<string>,
  state: Walk,
): void {
  const { context } = state;
  const [base, head] = [context.base.resolve(baseNode), context.head.resolve(headNode)];
  // A recursive schema meets the same pair of definitions again: everything below was compared already.
  const pair = `${base.id}|${head.id}`;
  if ((pair !== '|' && ancestors.has(pair)) || state.budget.left-- <= 0) return;
  if (base.schema === NEVER || head.schema === NEVER) {
    if (base.schema !== head.schema)
      state.found.push(...neverChange(base.schema, head.schema).map((change) => ({ ...change, at })));
    return;
  }
  for (const rule of SCHEMA_RULES)
    for (const change of rule(base.schema, head.schema, context))
      state.found.push({ ...change, at: `${at}${change.at ?? ''}` });
  const below = new Set(ancestors).add(pair);
  for (const child of childPairs(base.schema, head.schema, context))
    walk(child.base, child.head, `${at}/${child.segment}`, below, state);
}

/**
 * Every change between two schemas at the same place in two documents, keyword family by family and
 * child by child. Both schemas are given as the documents write them; the views translate and resolve them.
 */
export function compareSchemas(base: unknown, head: unknown, context: RuleContext): FoundChange[] {
  const state: Walk = { context, found: [], budget: { left: MAX_NODES } };
  walk(context.base.root(base), context.head.root(head), '', new Set(), state);
  return state.found;
}
