import fc from 'fast-check';
import type { JsonSchema } from '../../schema/types.ts';
import { boundedFilter } from './bounded-filter.ts';
import { smallJsonValue } from './json-value.ts';
import { copyObject, setOwn } from '../../core/own-property.ts';
import { propertyNameCheck } from './property-names.ts';
import { FALSE_SCHEMA_NOT, isJsonSchema, numberKeyword, schemaMap } from './schema-object.ts';
import { viewOf, type SchemaView } from './schema-view.ts';
import type { ValueBuilder } from './value-builder.ts';
import { patternEntries, undeclaredRequired, visibleProperties } from './visible-properties.ts';

type Arb = fc.Arbitrary<unknown>;
type JsonObject = Record<string, unknown>;

/** How a mutation bends an otherwise valid object. */
export interface ObjectShape {
  /** This property is present, with values from this arbitrary. */
  override?: { key: string; value: Arb };
  /** This property is left out. */
  omit?: string;
  /** Every declared property is present. */
  allPresent?: boolean;
  /** No undeclared properties are added. */
  noExtras?: boolean;
  /** minProperties/maxProperties are not enforced (mutations that break them on purpose). */
  ignoreCount?: boolean;
}

/** Valid objects: required properties always, optional ones present or absent, extras where allowed. */
export function objectArbitrary(
  view: SchemaView,
  build: ValueBuilder,
  shape: ObjectShape = {},
): fc.Arbitrary<JsonObject> {
  const { model, requiredKeys } = recordModel(view, build, shape);
  const parts: fc.Arbitrary<JsonObject>[] = [fc.record(model, { requiredKeys, noNullPrototype: true })];
  if (!shape.noExtras && !view.exhausted) parts.push(...extraArbitraries(view, build));
  const dependents = dependentArbitrary(view, build, shape);
  const objects = fc
    .tuple(fc.tuple(...parts).map(assemble), dependents)
    .map(([object, fill]) => withDependents(object, fill, view, shape));
  const min = numberKeyword(view.schema, 'minProperties');
  const max = numberKeyword(view.schema, 'maxProperties');
  if (shape.ignoreCount || (min === undefined && max === undefined)) return objects;
  const counted = (object: JsonObject): boolean => {
    const count = Object.keys(object).length;
    return count >= (min ?? 0) && count <= (max ?? Infinity);
  };
  return boundedFilter(objects, counted, 'objectArbitrary (minProperties/maxProperties)');
}

/** dependentRequired: property -> the properties that must be present with it. */
export function dependentRequired(view: SchemaView): [string, string[]][] {
  const value = view.schema.dependentRequired;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).map(([key, list]) => [
    key,
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [],
  ]);
}

/** A value for every property some dependentRequired entry may call for (used only when it is called for). */
function dependentArbitrary(
  view: SchemaView,
  build: ValueBuilder,
  shape: ObjectShape,
): fc.Arbitrary<JsonObject> {
  const needed = new Set(dependentRequired(view).flatMap(([, list]) => list));
  const model: Record<string, Arb> = {};
  for (const key of needed) {
    if (key === shape.omit) continue;
    const declared = schemaMap(view.schema, 'properties').find(([name]) => name === key)?.[1];
    setOwn(model, key, build(declared ?? undeclaredSchema(view, key), view.ctx));
  }
  return fc.record(model, { noNullPrototype: true });
}

/** The object with the dependents of each present property added (from `fill`), unless a mutation omits one. */
function withDependents(
  object: JsonObject,
  fill: JsonObject,
  view: SchemaView,
  shape: ObjectShape,
): JsonObject {
  const out = copyObject(object);
  let added = true;
  while (added) {
    added = false;
    for (const [key, list] of dependentRequired(view)) {
      if (!Object.hasOwn(out, key)) continue;
      for (const dependent of list) {
        if (dependent === shape.omit || Object.hasOwn(out, dependent) || !Object.hasOwn(fill, dependent))
          continue;
        setOwn(out, dependent, fill[dependent]);
        added = true;
      }
    }
  }
  return out;
}

function recordModel(view: SchemaView, build: ValueBuilder, shape: ObjectShape) {
  const model: Record<string, Arb> = {};
  const requiredKeys: string[] = [];
  const add = (key: string, arb: Arb, required: boolean, forbidden = false): void => {
    if (key === shape.omit) return;
    const forced = shape.override?.key === key;
    if (!required && !forced && (forbidden || (!shape.allPresent && view.exhausted))) return;
    setOwn(model, key, forced && shape.override ? shape.override.value : arb);
    if (required || forced || shape.allPresent) requiredKeys.push(key);
  };
  for (const entry of visibleProperties(view)) {
    // An optional property whose schema is false (an `else: {properties: {x: false}}`) is left out.
    const forbidden = viewOf(entry.schema, view.ctx).schema.not === FALSE_SCHEMA_NOT;
    add(entry.key, build(entry.schema, view.ctx), entry.required, forbidden);
  }
  for (const key of undeclaredRequired(view)) add(key, build(undeclaredSchema(view, key), view.ctx), true);
  const override = shape.override;
  if (override && !Object.hasOwn(model, override.key)) add(override.key, override.value, true);
  return { model, requiredKeys };
}

/** The schema an undeclared property must satisfy: matching patternProperties, else additionalProperties. */
export function undeclaredSchema(view: SchemaView, key: string): JsonSchema {
  const matching = patternEntries(view)
    .filter(({ regex }) => regex.test(key))
    .map((entry) => entry.schema);
  if (matching.length > 0) return { allOf: matching };
  const additional = view.schema.additionalProperties;
  return typeof additional === 'object' && additional !== null ? (additional as JsonSchema) : true;
}

/** Occasional undeclared properties: free names where additionalProperties allows, names matching each pattern. */
function extraArbitraries(view: SchemaView, build: ValueBuilder): fc.Arbitrary<JsonObject>[] {
  const declared = new Set(schemaMap(view.schema, 'properties').map(([key]) => key));
  const patterns = patternEntries(view);
  const nameAllowed = propertyNameCheck(view);
  const free = (key: string): boolean => !declared.has(key) && key !== '__proto__';
  const extras: fc.Arbitrary<JsonObject>[] = [];
  const additional = view.schema.additionalProperties;
  // unevaluatedProperties: false forbids what no keyword of the node (its branches folded in) declares.
  if (additional !== false && view.schema.unevaluatedProperties !== false) {
    const value =
      isJsonSchema(additional) && additional !== true ? build(additional, view.ctx) : smallJsonValue;
    const unmatched = (key: string): boolean =>
      free(key) && !patterns.some(({ regex }) => regex.test(key)) && nameAllowed(key);
    extras.push(sometimes(EXTRA_NAMES, value, unmatched));
  }
  for (const { regex, schema } of patterns) {
    const onlyThis = (key: string): boolean =>
      free(key) &&
      nameAllowed(key) &&
      patterns.every((other) => other.regex === regex || !other.regex.test(key));
    extras.push(sometimes(fc.stringMatching(regex, { maxLength: 16 }), build(schema, view.ctx), onlyThis));
  }
  return extras;
}

/** Mostly no extra, sometimes one or two; keys that collide are dropped after the fact, so no filter starves. */
function sometimes(
  keys: fc.Arbitrary<string>,
  value: Arb,
  keep: (key: string) => boolean,
): fc.Arbitrary<JsonObject> {
  const some = fc
    .dictionary(keys, value, { maxKeys: 2, noNullPrototype: true })
    .map((d) => keepKeys(d, keep));
  return fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: some });
}

const EXTRA_NAMES = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_'), { minLength: 1, maxLength: 10 })
  .map((chars) => chars.join(''));

function keepKeys(object: JsonObject, keep: (key: string) => boolean): JsonObject {
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(object)) if (keep(key)) setOwn(kept, key, value);
  return kept;
}

function assemble(parts: JsonObject[]): JsonObject {
  const object: JsonObject = {};
  for (const part of parts) for (const [key, value] of Object.entries(part)) setOwn(object, key, value);
  return object;
}
