import { setOwn } from '../../../core/own-property.ts';
import { minimalValue } from '../minimal-value.ts';
import { objectArbitrary, undeclaredSchema } from '../object-arbitrary.ts';
import { freeNames } from '../visible-properties.ts';
import { numberKeyword, stringList } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { validNode } from '../valid-node.ts';
import { labelOf, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';

type JsonObject = Record<string, unknown>;

/** minProperties - 1 (optional properties dropped) and maxProperties + 1 (all present, extras where allowed). */
export function countMutations(view: SchemaView, site: Site): NodeMutation[] {
  const min = numberKeyword(view.schema, 'minProperties');
  const max = numberKeyword(view.schema, 'maxProperties');
  const mutations: NodeMutation[] = [];
  if (min !== undefined && min > 0) mutations.push(countMutation(view, site, 'minProperties', min, min - 1));
  if (max !== undefined) mutations.push(countMutation(view, site, 'maxProperties', max, max + 1));
  return mutations;
}

function countMutation(
  view: SchemaView,
  site: Site,
  keyword: string,
  limit: number,
  size: number,
): NodeMutation {
  const label = labelOf(site);
  const required = new Set(stringList(view.schema, 'required'));
  const growing = size > limit;
  const objects = objectArbitrary(view, validNode, {
    ignoreCount: true,
    noExtras: !growing,
    allPresent: growing,
  });
  const count = (value: unknown): number =>
    value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
  return {
    reason: reasonFor(site, view, keyword, `${label} has ${size} properties (${keyword} ${limit})`),
    value: objects.map((object) => resize(object, size, required, view)),
    describe: (value) => `${label} has ${count(value)} properties (${keyword} ${limit})`,
  };
}

/** Drops optional properties, or adds undeclared ones where additionalProperties allows, to reach `size`. */
function resize(
  object: JsonObject,
  size: number,
  required: ReadonlySet<string>,
  view: SchemaView,
): JsonObject {
  const resized: JsonObject = {};
  const keys = Object.keys(object);
  const optional = keys.filter((key) => !required.has(key));
  const dropping = Math.max(0, keys.length - size);
  const dropped = new Set(optional.slice(0, dropping));
  for (const key of keys) if (!dropped.has(key)) setOwn(resized, key, object[key]);
  const missing = size - Object.keys(resized).length;
  if (missing <= 0 || view.schema.additionalProperties === false) return resized;
  for (const key of freeNames(view, 'extra', missing + Object.keys(resized).length)) {
    if (Object.keys(resized).length >= size) break;
    if (!Object.hasOwn(resized, key))
      setOwn(resized, key, minimalValue(undeclaredSchema(view, key), view.ctx));
  }
  return resized;
}
