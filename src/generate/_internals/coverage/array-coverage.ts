import { mayBe } from '../json-types.ts';
import { minimalValue } from '../minimal-value.ts';
import { childSite, labelOf, reasonFor, type Site } from '../mutations/node-mutation.ts';
import { isJsonSchema, numberKeyword, schemaArray } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { invalid, valid, type CoverageWalker, type NodeCoverage } from './node-coverage.ts';

/** minItems/maxItems at and past their limits, a repeated item, and the first item's own boundaries. */
export function arrayCoverage(view: SchemaView, site: Site, walk: CoverageWalker): NodeCoverage[] {
  if (!mayBe(view.schema, 'array') || schemaArray(view.schema, 'prefixItems').length > 0) return [];
  const items = view.schema.items;
  const itemSchema = isJsonSchema(items) && items !== false ? items : true;
  const item = minimalValue(itemSchema, view.ctx);
  const label = labelOf(site);
  const min = numberKeyword(view.schema, 'minItems') ?? 0;
  const max = numberKeyword(view.schema, 'maxItems');
  const filled = (count: number, first?: unknown): unknown[] =>
    Array.from({ length: count }, (_, index) => (index === 0 && first !== undefined ? first : item));
  const count = (length: number, keyword: string): string => `${label}: ${length} items (${keyword})`;
  const out: NodeCoverage[] = [valid(filled(min), count(min, `minItems ${min}`))];
  if (min > 0)
    out.push(invalid(filled(min - 1), reasonFor(site, view, 'minItems', count(min - 1, `minItems ${min}`))));
  if (max !== undefined) {
    out.push(valid(filled(max), count(max, `maxItems ${max}`)));
    out.push(invalid(filled(max + 1), reasonFor(site, view, 'maxItems', count(max + 1, `maxItems ${max}`))));
  }
  if (view.schema.uniqueItems === true && (max === undefined || max >= 2)) {
    out.push(
      invalid(
        filled(Math.max(2, min)),
        reasonFor(site, view, 'uniqueItems', `${label}: the same item twice (uniqueItems)`),
      ),
    );
  }
  const itemSite = childSite(site, view, 'items', '', '0');
  out.push(
    ...walk(itemSchema, itemSite, view.ctx).map((c) => ({ ...c, value: filled(Math.max(1, min), c.value) })),
  );
  return out;
}
