import fc from 'fast-check';
import type { JsonSchema } from '../../schema/types.ts';
import type { GenContext } from './gen-context.ts';
import { generationTypes, type JsonType } from './json-types.ts';
import { integerRange, isMultipleOf, numericBounds } from './numeric-bounds.ts';
import { undeclaredSchema } from './object-arbitrary.ts';
import { setOwn } from './own-property.ts';
import { isJsonSchema, numberKeyword, schemaArray, stringKeyword } from './schema-object.ts';
import { viewOf, type SchemaView } from './schema-view.ts';
import { patternArbitrary } from './string-arbitrary.ts';
import { STRING_FORMATS } from './string-formats.ts';
import { lengthBounds, lengthWithin } from './string-length.ts';
import { withBranch } from './valid-node.ts';
import { undeclaredRequired, visibleProperties } from './visible-properties.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const PLAIN_LENGTH = 8;

/**
 * A small, readable, deterministic value for a schema: required properties only, minItems items, short ASCII
 * strings, numbers near 1. Meant to be valid; callers validate it and fall back to a sample when it is not.
 */
export function minimalValue(schema: JsonSchema | undefined, ctx: GenContext): unknown {
  const view = viewOf(schema, ctx);
  if (view.hopeless) return undefined;
  const branches = [...schemaArray(view.schema, 'anyOf'), ...schemaArray(view.schema, 'oneOf')];
  const [firstBranch] = branches;
  if (firstBranch !== undefined) return minimalValue(withBranch(view.schema, firstBranch), view.ctx);
  if (Array.isArray(view.schema.enum)) return view.schema.enum[0];
  if ('const' in view.schema) return view.schema.const;
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
  const step = bounds.multipleOf;
  if (step !== undefined && !isMultipleOf(value, step)) {
    const up = Math.ceil(value / step) * step;
    value = hi === undefined || up <= hi ? up : Math.floor(value / step) * step;
  }
  return value;
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
  const rest = Array.from({ length: Math.max(0, min - prefix.length) }, () =>
    minimalValue(itemSchema, view.ctx),
  );
  return [...prefix.map((schema) => minimalValue(schema, view.ctx)), ...rest];
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
  for (
    let index = 0;
    Object.keys(object).length < minProperties &&
    view.schema.additionalProperties !== false &&
    index < minProperties;
    index++
  ) {
    const key = `extra${index}`;
    if (!Object.hasOwn(object, key)) setOwn(object, key, minimalValue(undeclaredSchema(view, key), view.ctx));
  }
  return object;
}
