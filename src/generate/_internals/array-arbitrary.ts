import fc from 'fast-check';
import { boundedFilter } from './bounded-filter.ts';
import { canonicalJson } from './json-value.ts';
import { isJsonSchema, numberKeyword, schemaArray } from './schema-object.ts';
import type { SchemaView } from './schema-view.ts';
import type { ValueBuilder } from './value-builder.ts';

/** Arrays without maxItems stay this much longer than minItems at most. */
const UNBOUNDED_SPAN = 4;

/** Past this many required items, a few drawn items are repeated to the length (1001 items for maxItems 1000). */
const DRAWN_ITEMS = 16;

function repeatedItems(item: fc.Arbitrary<unknown>, min: number, max: number): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(
      fc.array(item, { minLength: 1, maxLength: 4 }),
      fc.integer({ min, max: Math.min(max, min + DRAWN_ITEMS) }),
    )
    .map(([drawn, length]) => Array.from({ length }, (_, index) => drawn[index % drawn.length]));
}

/** How a mutation bends an otherwise valid array. */
export interface ArrayShape {
  /** The length range, instead of minItems/maxItems. */
  length?: { min: number; max: number };
  /** The item at this index comes from this arbitrary (the array is long enough to hold it). */
  override?: { index: number; value: fc.Arbitrary<unknown> };
  /** uniqueItems is not enforced. */
  allowDuplicates?: boolean;
  /** No item is built from `contains` (a mutation that breaks it). */
  noContains?: boolean;
}

/** Valid arrays: prefixItems in order, then items, between minItems and maxItems, unique when asked. */
export function arrayArbitrary(
  view: SchemaView,
  build: ValueBuilder,
  shape: ArrayShape = {},
): fc.Arbitrary<unknown[]> {
  const { min, max } = lengthRange(view, shape);
  const prefix = schemaArray(view.schema, 'prefixItems').map((schema, index) =>
    itemArb(index, build(schema, view.ctx), shape),
  );
  // unevaluatedItems: false without `items` allows nothing past the prefix items.
  const items = view.schema.items ?? (view.schema.unevaluatedItems === false ? false : undefined);
  const head = prefix.slice(0, max);
  const restMax = items === false ? 0 : Math.max(0, max - head.length);
  const restMin = Math.min(restMax, Math.max(0, min - head.length));
  const itemValue = build(isJsonSchema(items) && items !== false ? items : true, view.ctx);
  const unique = view.schema.uniqueItems === true && !shape.allowDuplicates;
  const restConstraints = {
    minLength: restMin,
    maxLength: restMax,
    size: restMax - restMin <= 16 ? ('max' as const) : undefined,
  };
  // uniqueArray never gives up on a minLength the items cannot reach (5 distinct values of a 4-value enum):
  // it is asked for any length up to the maximum, and the length is checked by the filter below.
  const rest = unique
    ? fc.uniqueArray(itemValue, { ...restConstraints, minLength: 0, selector: canonicalJson })
    : restMin > DRAWN_ITEMS
      ? repeatedItems(itemValue, restMin, restMax)
      : fc.array(itemValue, restConstraints);
  const withContains = containing(view, build, shape, rest, restMax);
  const withOverride = overrideRest(withContains, head.length, shape);
  const arrays = fc.tuple(fc.tuple(...head), withOverride).map(([first, second]) => [...first, ...second]);
  if (!unique && prefix.length === 0 && !('contains' in view.schema)) return arrays;
  return boundedFilter(
    arrays,
    (array) => (!unique || allDistinct(array)) && array.length >= min,
    'arrayArbitrary (uniqueItems)',
  );
}

/**
 * `contains` (with minContains, 1 by default): that many items built from both `items` and `contains` lead
 * the items after the prefix (within maxItems). maxContains and the uniqueness of those items are left to
 * the final validation.
 */
function containing(
  view: SchemaView,
  build: ValueBuilder,
  shape: ArrayShape,
  rest: fc.Arbitrary<unknown[]>,
  restMax: number,
): fc.Arbitrary<unknown[]> {
  const contains = view.schema.contains;
  if (shape.noContains || !isJsonSchema(contains) || contains === true) return rest;
  const count = Math.min(numberKeyword(view.schema, 'minContains') ?? 1, restMax);
  if (count <= 0) return rest;
  const items = view.schema.items;
  const matching = build(
    isJsonSchema(items) && items !== true ? { allOf: [items, contains] } : contains,
    view.ctx,
  );
  const leading = fc.array(matching, { minLength: count, maxLength: count });
  return fc
    .tuple(leading, rest)
    .map(([first, others]) => [...first, ...others].slice(0, Math.max(restMax, count)));
}

function lengthRange(view: SchemaView, shape: ArrayShape): { min: number; max: number } {
  if (shape.length) return shape.length;
  const min = Math.max(numberKeyword(view.schema, 'minItems') ?? 0, (shape.override?.index ?? -1) + 1);
  const declaredMax = numberKeyword(view.schema, 'maxItems');
  return { min, max: declaredMax ?? min + (view.exhausted ? 0 : UNBOUNDED_SPAN) };
}

function itemArb(index: number, arb: fc.Arbitrary<unknown>, shape: ArrayShape): fc.Arbitrary<unknown> {
  return shape.override?.index === index ? shape.override.value : arb;
}

/** Puts the overriding item in place when it falls after the prefix items. */
function overrideRest(
  rest: fc.Arbitrary<unknown[]>,
  prefixLength: number,
  shape: ArrayShape,
): fc.Arbitrary<unknown[]> {
  const override = shape.override;
  if (!override || override.index < prefixLength) return rest;
  const at = override.index - prefixLength;
  return fc.tuple(rest, override.value).map(([items, item]) => {
    const copy = [...items];
    while (copy.length <= at) copy.push(item);
    copy[at] = item;
    return copy;
  });
}

export function allDistinct(array: readonly unknown[]): boolean {
  return new Set(array.map(canonicalJson)).size === array.length;
}
