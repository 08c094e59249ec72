import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { mayBe } from '../json-types.ts';
import { minimalValue } from '../minimal-value.ts';
import { childSite, labelOf, reasonFor, type Site } from '../mutations/node-mutation.ts';
import { copyObject, setOwn } from '../../../core/own-property.ts';
import type { SchemaView } from '../schema-view.ts';
import { freeName, visibleProperties, type PropertyEntry } from '../visible-properties.ts';
import { invalid, valid, type CoverageWalker, type NodeCoverage } from './node-coverage.ts';

type JsonObject = Record<string, unknown>;

/** The smallest valid object with one property set (or, with `value` undefined, removed). */
function withKey(base: JsonObject, key: string, value: unknown): JsonObject {
  const copy = copyObject(base);
  if (value === undefined) delete copy[key];
  else setOwn(copy, key, value);
  return copy;
}

/** Optional properties present and absent, each required one missing, an extra where forbidden; children. */
export function objectCoverage(view: SchemaView, site: Site, walk: CoverageWalker): NodeCoverage[] {
  if (!mayBe(view.schema, 'object')) return [];
  const base = minimalValue(view.schema, view.ctx);
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return [];
  const object = base as JsonObject;
  const entries = visibleProperties(view);
  const children = entries.flatMap((entry) =>
    walk(entry.schema, childSite(site, view, 'properties', entry.key, entry.key), view.ctx).map((child) => ({
      ...child,
      value: withKey(object, entry.key, child.value),
    })),
  );
  return [
    ...presenceCoverage(view, site, object, entries),
    ...requiredCoverage(view, site, object, entries),
    ...extraCoverage(view, site, object),
    ...children,
  ];
}

function presenceCoverage(
  view: SchemaView,
  site: Site,
  base: JsonObject,
  entries: PropertyEntry[],
): NodeCoverage[] {
  const label = labelOf(site);
  const optional = entries.filter((entry) => !entry.required);
  const out = [valid(base, `${label}: required properties only`)];
  let full = base;
  for (const entry of optional) {
    const value = minimalValue(entry.schema, view.ctx);
    out.push(valid(withKey(base, entry.key, value), `${label}: with optional ${entry.key}`));
    full = withKey(full, entry.key, value);
  }
  if (optional.length > 1) out.push(valid(full, `${label}: every optional property`));
  return out;
}

function requiredCoverage(
  view: SchemaView,
  site: Site,
  base: JsonObject,
  entries: PropertyEntry[],
): NodeCoverage[] {
  return entries
    .filter((entry) => entry.required)
    .map((entry) => {
      const label = labelOf(site, `${site.instancePath}/${escapePointerSegment(entry.key)}`);
      return invalid(
        withKey(base, entry.key, undefined),
        reasonFor(site, view, 'required', `${label}: missing (required)`, entry.key),
      );
    });
}

/** One extra property where additionalProperties (or, without it, unevaluatedProperties) is false. */
function extraCoverage(view: SchemaView, site: Site, base: JsonObject): NodeCoverage[] {
  const additional = view.schema.additionalProperties;
  const keyword =
    additional === false
      ? 'additionalProperties'
      : additional === undefined && view.schema.unevaluatedProperties === false
        ? 'unevaluatedProperties'
        : undefined;
  if (keyword === undefined) return [];
  const key = freeName(view, 'unexpectedProperty');
  const words = `${labelOf(site)}: extra property "${key}" (${keyword} false)`;
  return [invalid(withKey(base, key, 'x'), reasonFor(site, view, keyword, words, key))];
}
