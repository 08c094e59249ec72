import fc from 'fast-check';
import type { JsonSchema } from '../../schema/types.ts';
import type { GenContext } from './gen-context.ts';
import { multipleNear } from './decimal-steps.ts';
import { generationTypes, type JsonType } from './json-types.ts';
import {
  integerRange,
  isMultipleOf,
  numericBounds,
  withinBounds,
  type NumericBounds,
} from './numeric-bounds.ts';
import { dependentRequired, undeclaredSchema } from './object-arbitrary.ts';
import { setOwn } from '../../core/own-property.ts';
import { isJsonSchema, numberKeyword, schemaArray, schemaMap, stringKeyword } from './schema-object.ts';
import { viewOf, type SchemaView } from './schema-view.ts';
import { patternArbitrary } from './string-arbitrary.ts';
import { STRING_FORMATS } from './string-formats.ts';
import { lengthBounds, lengthWithin } from './string-length.ts';
import { branchesOf } from './branches.ts';
import { freeNames, undeclaredRequired, visibleProperties } from './visible-properties.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PLAIN_LENGTH = 8;

/**
 * A small, readable, deterministic value for a schema: required properties only, minItems items, short ASCII
 * strings, numbers near 1. Meant to be valid; callers validate it and fall back to a sample when it is not.
 */
export function minimalValue(schema: JsonSchema | undefined, ctx: GenContext): unknown {
  return minimalOfView(viewOf(schema, ctx));
}

/** The minimal value of a view (its first branch, when it has a choice). */
export function minimalOfView(view: SchemaView): unknown {
  if (view.hopeless) return undefined;
  const [firstBranch] = branchesOf(view);
  if (firstBranch !== undefined) return minimalOfView(firstBranch.view);
  if ('const' in view.schema) return view.schema.const;
  if (Array.isArray(view.schema.enum)) return view.schema.enum[0];
  const types = generationTypes(view.schema) ?? ['string'];
  const type = types.find((candidate) => candidate !== 'null') ?? types[0];
  return type === undefined ? undefined : minimalOfType(view, type);
}

function minimalOfType(view: SchemaView, type: JsonType): unknown {
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return minimalNumber(view, type === 'integer');
    case 'string':
      return minimalString(view);
    case 'array':
      return minimalArray(view);
    case 'object':
      return minimalObject(view);
  }
}

/** 1 when allowed, else the allowed number nearest to it. */
export function minimalNumber(view: SchemaView, integer: boolean): number {
  const bounds = numericBounds(view.schema, integer);
  const { lo, hi } = integerRange(bounds);
  let value = Math.min(Math.max(1, lo ?? -Infinity), hi ?? Infinity);
  // No integer fits (0 < x < 1): the middle of the range, or next to its one side.
  if (!integer && !withinBounds(value, { ...bounds, multipleOf: undefined })) value = middle(bounds);
  const step = bounds.multipleOf;
  if (step !== undefined && !isMultipleOf(value, step)) {
    const up = multipleNear(value, step, 'up');
    value = hi === undefined || up <= hi ? up : multipleNear(value, step, 'down');
  }
  return value;
}

function middle(bounds: NumericBounds): number {
  const lower = bounds.lower?.value;
  const upper = bounds.upper?.value;
  if (lower !== undefined && upper !== undefined) return lower / 2 + upper / 2;
  if (lower !== undefined) return lower + 1;
  return upper === undefined ? 0 : upper - 1;
}

export function minimalString(view: SchemaView): string {
  const bounds = lengthBounds(view.schema);
  const format = STRING_FORMATS[stringKeyword(view.schema, 'format') ?? ''];
  if (format !== undefined) return format.example;
  const pattern = patternArbitrary(stringKeyword(view.schema, 'pattern'));
  if (pattern !== undefined) {
    const samples = fc.sample(pattern, { seed: 1, numRuns: 50 });
    return samples.find((text) => lengthWithin(text, bounds)) ?? samples[0] ?? '';
  }
  const length = Math.min(bounds.max ?? PLAIN_LENGTH, Math.max(bounds.min, PLAIN_LENGTH));
  return Array.from({ length }, (_, index) => LETTERS[index % LETTERS.length]).join('');
}

function minimalArray(view: SchemaView): unknown[] {
  const min = numberKeyword(view.schema, 'minItems') ?? 0;
  const prefix = schemaArray(view.schema, 'prefixItems').slice(0, min);
  const items = view.schema.items;
  const itemSchema = isJsonSchema(items) && items !== false ? items : true;
  // contains (minContains 1 by default): that many items of both schemas come first.
  const contains = view.schema.contains;
  const matching =
    isJsonSchema(contains) && contains !== true ? (numberKeyword(view.schema, 'minContains') ?? 1) : 0;
  const leading = Array.from({ length: matching }, () =>
    minimalValue({ allOf: [itemSchema, contains as JsonSchema] }, view.ctx),
  );
  const rest = Array.from({ length: Math.max(0, min - prefix.length - matching) }, () =>
    minimalValue(itemSchema, view.ctx),
  );
  return [...prefix.map((schema) => minimalValue(schema, view.ctx)), ...leading, ...rest];
}

function minimalObject(view: SchemaView): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const entries = visibleProperties(view);
  for (const entry of entries)
    if (entry.required) setOwn(object, entry.key, minimalValue(entry.schema, view.ctx));
  for (const key of undeclaredRequired(view))
    setOwn(object, key, minimalValue(undeclaredSchema(view, key), view.ctx));
  const minProperties = numberKeyword(view.schema, 'minProperties') ?? 0;
  for (const entry of entries) {
    if (Object.keys(object).length >= minProperties) break;
    if (!Object.hasOwn(object, entry.key)) setOwn(object, entry.key, minimalValue(entry.schema, view.ctx));
  }
  const missing = minProperties - Object.keys(object).length;
  if (missing > 0 && view.schema.additionalProperties !== false)
    for (const key of freeNames(view, 'extra', missing))
      setOwn(object, key, minimalValue(undeclaredSchema(view, key), view.ctx));
  addDependents(view, object);
  return object;
}

/** dependentRequired: the properties each present property calls for. */
function addDependents(view: SchemaView, object: Record<string, unknown>): void {
  const declared = new Map(schemaMap(view.schema, 'properties'));
  for (const [key, list] of dependentRequired(view)) {
    if (!Object.hasOwn(object, key)) continue;
    for (const dependent of list)
      if (!Object.hasOwn(object, dependent))
        setOwn(
          object,
          dependent,
          minimalValue(declared.get(dependent) ?? undeclaredSchema(view, dependent), view.ctx),
        );
  }
}
