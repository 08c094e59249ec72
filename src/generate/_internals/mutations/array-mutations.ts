import { arrayArbitrary } from '../array-arbitrary.ts';
import { appliesTo } from '../json-types.ts';
import { isJsonSchema, numberKeyword, schemaArray } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { validNode } from '../valid-node.ts';
import {
  childSite,
  labelOf,
  reasonFor,
  wrapped,
  type MutationWalker,
  type NodeMutation,
  type Site,
} from './node-mutation.ts';

/** minItems - 1, maxItems + 1, a repeated item, and every mutation of the first item of each position. */
export function arrayMutations(view: SchemaView, site: Site, walk: MutationWalker): NodeMutation[] {
  if (!appliesTo(view.schema, 'array')) return [];
  const min = numberKeyword(view.schema, 'minItems') ?? 0;
  const max = numberKeyword(view.schema, 'maxItems');
  const mutations: NodeMutation[] = [];
  if (min > 0) mutations.push(lengthMutation(view, site, 'minItems', min, min - 1));
  if (max !== undefined) mutations.push(lengthMutation(view, site, 'maxItems', max, max + 1));
  if (view.schema.uniqueItems === true && (max === undefined || max >= 2)) {
    const upper = Math.max(1, (max ?? min + 3) - 1);
    const distinct = arrayArbitrary(view, validNode, { length: { min: Math.max(1, min - 1), max: upper } });
    mutations.push({
      reason: reasonFor(site, view, 'uniqueItems', `${labelOf(site)} repeats an item (uniqueItems)`),
      value: distinct.map((items) => [...items, items[0]]),
    });
  }
  const contains = view.schema.contains;
  if (contains !== undefined && contains !== false && (numberKeyword(view.schema, 'minContains') ?? 1) > 0) {
    mutations.push({
      reason: reasonFor(site, view, 'contains', `${labelOf(site)} has no item that matches contains`),
      value: arrayArbitrary(view, validNode, {
        noContains: true,
        length: { min: Math.max(1, min), max: Math.max(1, min, Math.min(max ?? min + 3, min + 3)) },
      }),
    });
  }
  return [...mutations, ...itemMutations(view, site, walk)];
}

function lengthMutation(
  view: SchemaView,
  site: Site,
  keyword: string,
  limit: number,
  length: number,
): NodeMutation {
  const label = labelOf(site);
  const count = (value: unknown): string => `${label} has ${Array.isArray(value) ? value.length : '?'} items`;
  return {
    reason: reasonFor(site, view, keyword, `${label} has ${length} items (${keyword} ${limit})`),
    value: arrayArbitrary(view, validNode, { length: { min: length, max: length } }),
    describe: (value) => `${count(value)} (${keyword} ${limit})`,
  };
}

function itemMutations(view: SchemaView, site: Site, walk: MutationWalker): NodeMutation[] {
  const prefix = schemaArray(view.schema, 'prefixItems');
  const atIndex = (index: number, mutation: NodeMutation): NodeMutation =>
    wrapped(mutation, (value) => arrayArbitrary(view, validNode, { override: { index, value } }));
  const mutations = prefix.flatMap((schema, index) =>
    walk(schema, childSite(site, view, 'prefixItems', String(index), String(index)), view.ctx).map((m) =>
      atIndex(index, m),
    ),
  );
  const items = view.schema.items;
  if (isJsonSchema(items) && items !== false) {
    const index = prefix.length;
    const itemSite = childSite(site, view, 'items', '', String(index));
    mutations.push(...walk(items, itemSite, view.ctx).map((m) => atIndex(index, m)));
  }
  return mutations;
}
