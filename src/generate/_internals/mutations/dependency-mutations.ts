import fc from 'fast-check';
import { dependentRequired, objectArbitrary } from '../object-arbitrary.ts';
import { schemaMap } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { validNode } from '../valid-node.ts';
import { freeName } from '../visible-properties.ts';
import { labelOf, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';

/** dependentRequired: the property present, one of the properties it calls for left out. */
export function dependentRequiredMutations(view: SchemaView, site: Site): NodeMutation[] {
  const declared = new Map(schemaMap(view.schema, 'properties'));
  return dependentRequired(view).flatMap(([trigger, list]) =>
    list.map((dependent) => ({
      reason: reasonFor(
        site,
        view,
        'dependentRequired',
        `${labelOf(site)} has ${trigger} without ${dependent} (dependentRequired)`,
        dependent,
      ),
      value: objectArbitrary(view, validNode, {
        override: { key: trigger, value: validNode(declared.get(trigger) ?? true, view.ctx) },
        omit: dependent,
      }),
    })),
  );
}

/** Names that break a propertyNames schema's usual constraints: too long, empty, punctuation, upper case. */
const BAD_NAMES = ['', ' ', '!bad name!', 'UPPER_CASE', 'x'.repeat(300), '1starts-with-digit', 'ünïcödé'];

/** propertyNames: an extra property whose name it refuses (where extra properties are allowed at all). */
export function propertyNameMutations(view: SchemaView, site: Site): NodeMutation[] {
  const names = view.schema.propertyNames;
  if (names === undefined || names === true) return [];
  const additional = view.schema.additionalProperties;
  const declared = new Set(schemaMap(view.schema, 'properties').map(([key]) => key));
  const candidates = BAD_NAMES.filter((name) => !declared.has(name));
  if (additional === false || view.schema.unevaluatedProperties === false || candidates.length === 0)
    return [];
  const extra =
    additional === undefined || additional === true
      ? fc.constant('x')
      : validNode(additional as Record<string, unknown>, view.ctx);
  return candidates.map((name) => ({
    reason: reasonFor(
      site,
      view,
      'propertyNames',
      `${labelOf(site)} has a property named ${JSON.stringify(name.slice(0, 20))} (propertyNames)`,
      name,
    ),
    value: objectArbitrary(view, validNode, { override: { key: name, value: extra }, noExtras: true }),
  }));
}

/** unevaluatedProperties: false (no additionalProperties): an undeclared property. */
export function unevaluatedMutations(view: SchemaView, site: Site): NodeMutation[] {
  if (view.schema.unevaluatedProperties !== false || view.schema.additionalProperties !== undefined)
    return [];
  const key = freeName(view, 'unexpectedProperty');
  return [
    {
      reason: reasonFor(
        site,
        view,
        'unevaluatedProperties',
        `${labelOf(site)} has an extra property "${key}" (unevaluatedProperties false)`,
        key,
      ),
      value: objectArbitrary(view, validNode, { override: { key, value: fc.constant('x') }, noExtras: true }),
    },
  ];
}
