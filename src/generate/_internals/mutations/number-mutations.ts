import fc from 'fast-check';
import { multipleNear, offMultiple, stepFrom, type Direction } from '../decimal-steps.ts';
import { appliesTo, declaredTypes } from '../json-types.ts';
import { numberArbitrary } from '../number-arbitrary.ts';
import { nextDown, nextUp, numericBounds, withinBounds, type NumericBounds } from '../numeric-bounds.ts';
import { numberKeyword, stringKeyword } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { NUMBER_FORMAT_RANGES } from '../string-formats.ts';
import { labelOf, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';
import { nonIntegers } from './type-mutations.ts';

const BOUND_KEYWORDS = [
  { keyword: 'minimum', side: -1, exclusive: false, words: 'below' },
  { keyword: 'exclusiveMinimum', side: -1, exclusive: true, words: 'at or below' },
  { keyword: 'maximum', side: 1, exclusive: false, words: 'above' },
  { keyword: 'exclusiveMaximum', side: 1, exclusive: true, words: 'at or above' },
] as const;

type BoundKeyword = (typeof BOUND_KEYWORDS)[number];

/** For each numeric bound: the first value outside (the bound itself when exclusive) and values far beyond. */
export function numberMutations(view: SchemaView, site: Site): NodeMutation[] {
  if (!appliesTo(view.schema, 'number')) return [];
  const types = declaredTypes(view.schema);
  const bounds = numericBounds(view.schema, types !== undefined && !types.includes('number'));
  const label = labelOf(site);
  const mutations = BOUND_KEYWORDS.flatMap((bound) => boundMutations(view, site, bounds, bound, label));
  const step = bounds.multipleOf;
  if (step !== undefined) {
    const loose = { ...bounds, multipleOf: undefined };
    const off = (value: number): number => {
      const above = offMultiple(value, step, bounds.integer);
      return withinBounds(above, loose) ? above : offMultiple(value, step, bounds.integer, -1);
    };
    mutations.push({
      reason: reasonFor(site, view, 'multipleOf', `${label} is not a multiple of ${step}`),
      value: numberArbitrary(bounds).map(off),
      describe: (value) => `${label} is ${String(value)}, not a multiple of ${step}`,
    });
  }
  return [...mutations, ...formatMutations(view, site, label)];
}

function boundMutations(
  view: SchemaView,
  site: Site,
  bounds: NumericBounds,
  bound: BoundKeyword,
  label: string,
): NodeMutation[] {
  const limit = numberKeyword(view.schema, bound.keyword);
  if (limit === undefined) return [];
  const edge = firstOutside(limit, bound, bounds);
  const unit = bounds.multipleOf ?? 1;
  const away = (steps: number): number => stepFrom(edge, bound.side * steps, unit);
  const beyond = fc.oneof(
    fc.integer({ min: 1, max: 1_000_000 }).map(away),
    fc.constantFrom(2 ** 31, 2 ** 53, 2 ** 63, 1e21).map((far) => {
      const value = edge + bound.side * far;
      return bounds.multipleOf === undefined ? value : multipleNear(value, unit, outward(bound));
    }),
  );
  const describe = (value: unknown): string => `${label} is ${String(value)} (${bound.keyword} ${limit})`;
  return [
    {
      reason: reasonFor(site, view, bound.keyword, `${label} is ${edge} (${bound.keyword} ${limit})`),
      value: fc.constant(edge),
      describe,
    },
    {
      reason: reasonFor(
        site,
        view,
        bound.keyword,
        `${label} is ${bound.words} ${limit}, far (${bound.keyword})`,
      ),
      value: beyond,
      describe,
    },
  ];
}

/** The value just outside a bound: the bound itself when exclusive, else one integer (or one double) past it. */
function firstOutside(limit: number, bound: BoundKeyword, bounds: NumericBounds): number {
  const step = bounds.multipleOf;
  let edge: number;
  if (bound.exclusive)
    edge = bounds.integer ? (bound.side < 0 ? Math.floor(limit) : Math.ceil(limit)) : limit;
  else if (bounds.integer) edge = bound.side < 0 ? Math.ceil(limit) - 1 : Math.floor(limit) + 1;
  else edge = bound.side < 0 ? nextDown(limit) : nextUp(limit);
  return step === undefined ? edge : multipleNear(edge, step, outward(bound));
}

function outward(bound: BoundKeyword): Direction {
  return bound.side < 0 ? 'down' : 'up';
}

/**
 * Integer formats as ajv checks them: int32 is an integer within its range (one past each end breaks it),
 * int64 any integer. A non-integer breaks either, alone only where the type allows non-integers; with
 * `type: integer` int64 has no value that breaks its format alone, which is reported, not skipped.
 */
function formatMutations(view: SchemaView, site: Site, label: string): NodeMutation[] {
  const format = stringKeyword(view.schema, 'format') ?? '';
  const range = NUMBER_FORMAT_RANGES[format];
  if (range === undefined) return [];
  const reason = reasonFor(site, view, 'format', `${label} is not a valid ${format}`);
  const mutations: NodeMutation[] = [];
  if (range.checked)
    mutations.push({
      reason: { ...reason, description: `${label} is outside the ${format} range` },
      value: fc.constantFrom(range.min - 1, range.max + 1),
      describe: (value) => `${label} is ${String(value)}, outside the ${format} range`,
    });
  const types = declaredTypes(view.schema);
  const fractional = types === undefined || types.includes('number');
  if (fractional)
    mutations.push({
      reason: { ...reason, description: `${label} is not an integer (format ${format})` },
      value: nonIntegers(view),
      describe: (value) => `${label} is ${String(value)}, not an integer (format ${format})`,
    });
  else if (!range.checked)
    mutations.push({
      reason,
      why: `${format} is checked as "an integer" only: with type integer no value breaks the format alone`,
    });
  return mutations;
}
