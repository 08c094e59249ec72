import { offMultiple, stepFrom } from '../decimal-steps.ts';
import { mayBe, declaredTypes } from '../json-types.ts';
import { minimalNumber } from '../minimal-value.ts';
import { labelOf, reasonFor, type Site } from '../mutations/node-mutation.ts';
import { nextDown, nextUp, numericBounds } from '../numeric-bounds.ts';
import { numberKeyword } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { invalid, valid, type NodeCoverage } from './node-coverage.ts';

const BOUNDS = [
  { keyword: 'minimum', side: -1, exclusive: false },
  { keyword: 'exclusiveMinimum', side: -1, exclusive: true },
  { keyword: 'maximum', side: 1, exclusive: false },
  { keyword: 'exclusiveMaximum', side: 1, exclusive: true },
] as const;

const BIG = [
  [2 ** 31, '2^31'],
  [2 ** 32, '2^32'],
  [2 ** 53 - 1, '2^53-1'],
  [2 ** 53, '2^53'],
  [2 ** 63, '2^63'],
] as const;

/** Each bound exactly at, just inside and just outside; big integers where no maximum; multipleOf. */
export function numberCoverage(view: SchemaView, site: Site): NodeCoverage[] {
  if (!mayBe(view.schema, 'number') || 'enum' in view.schema || 'const' in view.schema) return [];
  const types = declaredTypes(view.schema);
  const integer = types !== undefined && !types.includes('number');
  const bounds = numericBounds(view.schema, integer);
  const label = labelOf(site);
  const out: NodeCoverage[] = [];
  for (const bound of BOUNDS) {
    const limit = numberKeyword(view.schema, bound.keyword);
    // Past 2^53 the document's bound was rounded when parsed: at, inside and outside it are not certain.
    if (limit === undefined || Math.abs(limit) > Number.MAX_SAFE_INTEGER) continue;
    const step = (from: number, direction: number): number =>
      bounds.multipleOf !== undefined
        ? stepFrom(from, direction, bounds.multipleOf)
        : integer
          ? from + direction
          : direction > 0
            ? nextUp(from)
            : nextDown(from);
    const inside = step(limit, -bound.side);
    const outside = step(limit, bound.side);
    const words = (value: number, where: string): string =>
      `${label}: ${value}, ${where} ${bound.keyword} ${limit}`;
    const at = bound.exclusive
      ? invalid(limit, reasonFor(site, view, bound.keyword, words(limit, 'at')))
      : valid(limit, words(limit, 'at'));
    out.push(at, valid(inside, words(inside, 'just inside')));
    out.push(invalid(outside, reasonFor(site, view, bound.keyword, words(outside, 'just outside'))));
  }
  out.push(...openEnds(bounds.upper === undefined, bounds.lower === undefined, label));
  if (bounds.multipleOf !== undefined)
    out.push(...multipleCoverage(view, site, integer, bounds.multipleOf, label));
  return out;
}

function openEnds(noMaximum: boolean, noMinimum: boolean, label: string): NodeCoverage[] {
  const out: NodeCoverage[] = [];
  if (noMaximum)
    for (const [value, name] of BIG) out.push(valid(value, `${label}: ${name} = ${value}, no maximum`));
  if (noMinimum) {
    out.push(valid(0, `${label}: 0, no minimum`), valid(-1, `${label}: -1, no minimum`));
    for (const [value, name] of BIG) out.push(valid(-value, `${label}: -${name} = ${-value}, no minimum`));
  }
  return out;
}

function multipleCoverage(
  view: SchemaView,
  site: Site,
  integer: boolean,
  step: number,
  label: string,
): NodeCoverage[] {
  const base = minimalNumber(view, integer);
  const bad = offMultiple(base, step, integer);
  return [
    valid(base, `${label}: ${base}, a multiple of ${step}`),
    invalid(bad, reasonFor(site, view, 'multipleOf', `${label}: ${bad}, not a multiple of ${step}`)),
  ];
}
