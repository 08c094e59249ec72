import { declaredTypes, typeAllowed, type JsonType } from '../json-types.ts';
import { minimalNumber, minimalOfView } from '../minimal-value.ts';
import { labelOf, preview, reasonFor, type Site } from '../mutations/node-mutation.ts';
import { numericBounds, withinBounds } from '../numeric-bounds.ts';
import type { SchemaView } from '../schema-view.ts';
import type { NodeCoverage } from './node-coverage.ts';

/** One wrong-type value: its JSON type (as `type` judges it) and what the mutation is called. */
interface Confusion {
  type: JsonType;
  mutation: string;
  value: () => unknown;
}

/**
 * The type confusions every server should refuse, each once per node: null (unless nullable), a boolean,
 * an integer, a non-integer number, the node's number written as a string, a string, an empty array, the
 * node's valid value wrapped in an array (a leftover batch path), an empty object. Only those of a type the
 * node does not allow; none for a node with an enum or a const (the value would break it too: two reasons).
 * They are probes: a candidate that does not fail for `type` alone (a parameter whose text reads back as a
 * valid value) is left out silently.
 */
export function typeCoverage(view: SchemaView, site: Site): NodeCoverage[] {
  const types = declaredTypes(view.schema);
  if (types === undefined || types.length === 0 || 'enum' in view.schema || 'const' in view.schema) return [];
  const numeric = types.includes('integer') || types.includes('number');
  const confusions: Confusion[] = [
    { type: 'null', mutation: 'null', value: () => null },
    { type: 'boolean', mutation: 'a boolean', value: () => true },
    { type: 'integer', mutation: 'an integer', value: () => 1 },
    { type: 'number', mutation: 'a non-integer number', value: () => nonInteger(view) },
    ...(numeric
      ? [
          {
            type: 'string' as const,
            mutation: 'its number as a string',
            value: () => String(minimalNumber(view, !types.includes('number'))),
          },
        ]
      : []),
    { type: 'string', mutation: 'a string', value: () => 'text' },
    { type: 'array', mutation: 'an empty array', value: () => [] },
    { type: 'array', mutation: 'its valid value wrapped in an array', value: () => [minimalOfView(view)] },
    { type: 'object', mutation: 'an empty object', value: () => ({}) },
  ];
  const label = labelOf(site);
  const stated = types.join('|');
  return confusions
    .filter((confusion) => !typeAllowed(types, confusion.type))
    .map((confusion) => {
      const value = confusion.value();
      const shown = value === null ? '' : ` ${preview(value)}`;
      const words = `${label}: ${confusion.mutation}${shown} (type ${stated})`;
      return {
        value,
        expect: 'invalid',
        reason: reasonFor(site, view, 'type', words),
        note: words,
        probe: true,
      };
    });
}

/** A non-integer inside the node's bounds when there is one (only `type` is then broken), else 1.5. */
function nonInteger(view: SchemaView): number {
  const bounds = { ...numericBounds(view.schema, false), multipleOf: undefined, integer: false };
  const near = minimalNumber(view, true);
  return [1.5, near + 0.5, near - 0.5].find((value) => withinBounds(value, bounds)) ?? 1.5;
}
