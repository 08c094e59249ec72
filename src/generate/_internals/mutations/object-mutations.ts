import fc from 'fast-check';
import type { JsonSchema } from '../../../schema/types.ts';
import { appliesTo } from '../json-types.ts';
import { objectArbitrary } from '../object-arbitrary.ts';
import { schemaMap, stringList } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { validNode } from '../valid-node.ts';
import { freeName, patternEntries, visibleProperties } from '../visible-properties.ts';
import { propertyNameCheck } from '../property-names.ts';
import { countMutations } from './count-mutations.ts';
import {
  dependentRequiredMutations,
  propertyNameMutations,
  unevaluatedMutations,
} from './dependency-mutations.ts';
import {
  childSite,
  labelOf,
  reasonFor,
  wrapped,
  type MutationWalker,
  type NodeMutation,
  type Site,
} from './node-mutation.ts';

/** Each required property missing, undeclared properties where forbidden, counts, and every property's mutations. */
export function objectMutations(view: SchemaView, site: Site, walk: MutationWalker): NodeMutation[] {
  if (!appliesTo(view.schema, 'object')) return [];
  return [
    ...requiredMutations(view, site),
    ...additionalMutations(view, site, walk),
    ...countMutations(view, site),
    ...dependentRequiredMutations(view, site),
    ...propertyNameMutations(view, site),
    ...unevaluatedMutations(view, site),
    ...propertyMutations(view, site, walk),
  ];
}

function requiredMutations(view: SchemaView, site: Site): NodeMutation[] {
  const visible = new Set(visibleProperties(view).map((entry) => entry.key));
  const declared = new Set(schemaMap(view.schema, 'properties').map(([key]) => key));
  return stringList(view.schema, 'required')
    .filter((key) => visible.has(key) || !declared.has(key))
    .map((key) => ({
      reason: reasonFor(
        site,
        view,
        'required',
        `${labelOf(site, `${site.instancePath}/${key}`)} is missing (required)`,
        key,
      ),
      value: objectArbitrary(view, validNode, { omit: key }),
    }));
}

function additionalMutations(view: SchemaView, site: Site, walk: MutationWalker): NodeMutation[] {
  const additional = view.schema.additionalProperties;
  if (additional === undefined || additional === true) return [];
  const free = freeName(view, 'unexpectedProperty');
  if (additional !== false) {
    // An undeclared property is allowed: its value is mutated against the additionalProperties schema.
    const extraSite = childSite(site, view, 'additionalProperties', '', free);
    return walk(additional as JsonSchema, extraSite, view.ctx).map((m) =>
      wrapped(m, (value) => withExtra(view, free, value)),
    );
  }
  const mutations = [
    forbiddenExtra(
      view,
      site,
      free,
      fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
      'an extra property',
    ),
  ];
  // A case-insensitive binder would take `Name` for `name`: the declared value under another case.
  const variant = visibleProperties(view).find((entry) => caseVariant(entry.key, view) !== undefined);
  const variantKey = variant && caseVariant(variant.key, view);
  if (variant && variantKey) {
    const words = `a case variant of ${variant.key},`;
    mutations.push(forbiddenExtra(view, site, variantKey, validNode(variant.schema, view.ctx), words));
  }
  return mutations;
}

function withExtra(view: SchemaView, key: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return objectArbitrary(view, validNode, { override: { key, value }, noExtras: true });
}

function forbiddenExtra(
  view: SchemaView,
  site: Site,
  key: string,
  value: fc.Arbitrary<unknown>,
  words: string,
): NodeMutation {
  const description = `${labelOf(site)} has ${words} "${key}" (additionalProperties false)`;
  return {
    reason: reasonFor(site, view, 'additionalProperties', description, key),
    value: withExtra(view, key, value),
  };
}

function propertyMutations(view: SchemaView, site: Site, walk: MutationWalker): NodeMutation[] {
  const mutations = visibleProperties(view).flatMap((entry) =>
    walk(entry.schema, childSite(site, view, 'properties', entry.key, entry.key), view.ctx).map((m) =>
      wrapped(m, (value) => objectArbitrary(view, validNode, { override: { key: entry.key, value } })),
    ),
  );
  for (const { regex, schema, pattern } of patternEntries(view)) {
    const key = patternKey(view, regex);
    if (key === undefined) continue;
    const patternSite = childSite(site, view, 'patternProperties', pattern, key);
    const each = walk(schema, patternSite, view.ctx);
    mutations.push(
      ...each.map((m) =>
        wrapped(m, (value) => objectArbitrary(view, validNode, { override: { key, value }, noExtras: true })),
      ),
    );
  }
  return mutations;
}

function caseVariant(key: string, view: SchemaView): string | undefined {
  const declared = new Set(schemaMap(view.schema, 'properties').map(([name]) => name));
  const patterns = patternEntries(view);
  const candidates = [key.charAt(0).toUpperCase() + key.slice(1), key.toUpperCase(), key.toLowerCase()];
  return candidates.find(
    (name) => name !== key && !declared.has(name) && !patterns.some(({ regex }) => regex.test(name)),
  );
}

/** A deterministic key that matches this pattern only and is not declared. */
function patternKey(view: SchemaView, regex: RegExp): string | undefined {
  const declared = new Set(schemaMap(view.schema, 'properties').map(([name]) => name));
  const others = patternEntries(view).filter((other) => other.regex.source !== regex.source);
  const suits = propertyNameCheck(view);
  const candidates = fc.sample(fc.stringMatching(regex, { maxLength: 16 }), { seed: 1, numRuns: 200 });
  return candidates.find(
    (key) =>
      !declared.has(key) &&
      key !== '__proto__' &&
      suits(key) &&
      !others.some((other) => other.regex.test(key)),
  );
}
