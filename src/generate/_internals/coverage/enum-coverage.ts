import { canonicalJson } from '../json-value.ts';
import { labelOf, preview, reasonFor, type Site } from '../mutations/node-mutation.ts';
import type { SchemaView } from '../schema-view.ts';
import { invalid, valid, type NodeCoverage } from './node-coverage.ts';

/** Each enum value once, the const, and one value outside (a case variant when there is one). */
export function enumCoverage(view: SchemaView, site: Site): NodeCoverage[] {
  const label = labelOf(site);
  const allowed = Array.isArray(view.schema.enum)
    ? (view.schema.enum as unknown[])
    : 'const' in view.schema
      ? [view.schema.const]
      : undefined;
  if (allowed === undefined) return [];
  const keyword = Array.isArray(view.schema.enum) ? 'enum' : 'const';
  const known = new Set(allowed.map(canonicalJson));
  const outside = allowed.flatMap(outsideCandidates).find((value) => !known.has(canonicalJson(value)));
  const out = allowed.map((value) =>
    valid(value, `${label}: ${preview(value)}, one of the ${keyword} values`),
  );
  if (outside !== undefined)
    out.push(
      invalid(outside, reasonFor(site, view, keyword, `${label}: ${preview(outside)}, outside ${keyword}`)),
    );
  return out;
}

function outsideCandidates(value: unknown): unknown[] {
  if (typeof value === 'string') return [value.toUpperCase(), `${value}x`, `x${value}`];
  if (typeof value === 'number') return [value + 1, value - 1];
  if (typeof value === 'boolean') return [!value];
  return [];
}
