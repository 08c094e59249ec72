import fc from 'fast-check';
import { canonicalJson } from '../json-value.ts';
import { FALSE_SCHEMA_NOT } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { validNode } from '../valid-node.ts';
import { labelOf, preview, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';

/** A value outside `enum` (near misses first: other case, padding) and one unlike `const`; `not` matched. */
export function enumMutations(view: SchemaView, site: Site): NodeMutation[] {
  const label = labelOf(site);
  const { enum: allowed, const: constant, not, ...rest } = view.schema;
  const mutations: NodeMutation[] = [];
  if (Array.isArray(allowed)) {
    mutations.push(
      outside(view, site, 'enum', allowed, rest, `${label} is not one of the ${allowed.length} enum values`),
    );
  }
  if ('const' in view.schema)
    mutations.push(
      outside(view, site, 'const', [constant], rest, `${label} is not ${preview(constant)} (const)`),
    );
  if (not === FALSE_SCHEMA_NOT) {
    mutations.push({
      reason: reasonFor(site, view, 'false schema', `${label} is present; its schema is false`),
      value: validNode(rest, view.ctx),
      describe: (value) => `${label} is ${preview(value)}; its schema is false (nothing allowed)`,
    });
  } else if (not !== undefined) {
    mutations.push({
      reason: reasonFor(site, view, 'not', `${label} matches the schema under not`),
      value: validNode({ allOf: [rest, not] }, view.ctx),
      describe: (value) => `${label} is ${preview(value)}, which matches the schema under not`,
    });
  }
  return mutations;
}

function outside(
  view: SchemaView,
  site: Site,
  keyword: string,
  allowed: unknown[],
  rest: Record<string, unknown>,
  words: string,
): NodeMutation {
  const known = new Set(allowed.map(canonicalJson));
  const misses = allowed.flatMap(nearMisses).filter((value) => !known.has(canonicalJson(value)));
  const others = validNode(rest, view.ctx);
  const label = labelOf(site);
  return {
    reason: reasonFor(site, view, keyword, words),
    value: misses.length > 0 ? fc.oneof(fc.constantFrom(...misses), others) : others,
    describe: (value) => `${label} is ${preview(value)} (${keyword} ${preview(allowed)})`,
  };
}

/** Values a lenient parser might take for an allowed one. */
function nearMisses(value: unknown): unknown[] {
  if (typeof value === 'string') {
    const capitalised = value.charAt(0).toUpperCase() + value.slice(1);
    return [value.toUpperCase(), value.toLowerCase(), capitalised, `${value} `, `${value}x`];
  }
  if (typeof value === 'number') return [value + 1, value - 1, value + 0.5];
  if (typeof value === 'boolean') return [!value];
  return [];
}
