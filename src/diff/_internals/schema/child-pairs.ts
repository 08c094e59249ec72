import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { isRecord } from '../../../spec/_internals/is-record.ts';
import { canonical } from './canonical.ts';
import type { SchemaNode } from './merge-schemas.ts';
import type { RuleContext } from './rule-types.ts';
import { visibleProperties } from './visible-properties.ts';

/** Two subschemas at the same place below the compared schemas. */
export interface ChildPair {
  segment: string;
  base: unknown;
  head: unknown;
}

function commonEntries(keyword: string, base: Map<string, unknown>, head: Map<string, unknown>): ChildPair[] {
  return [...base]
    .filter(([name]) => head.has(name))
    .map(([name, schema]) => ({
      segment: `${keyword}/${escapePointerSegment(name)}`,
      base: schema,
      head: head.get(name),
    }));
}

const asMap = (value: unknown): Map<string, unknown> => new Map(Object.entries(isRecord(value) ? value : {}));

/** Same length: by position. Otherwise only alternatives written identically are paired (indices shift). */
function alternatives(keyword: string, baseList: unknown, headList: unknown): ChildPair[] {
  if (!Array.isArray(baseList) || !Array.isArray(headList)) return [];
  const [base, head] = [baseList as unknown[], headList as unknown[]];
  if (base.length === head.length)
    return base.map((schema, index) => ({ segment: `${keyword}/${index}`, base: schema, head: head[index] }));
  const byText = new Map(head.map((schema) => [canonical(schema), schema]));
  return base.flatMap((schema, index) =>
    byText.has(canonical(schema))
      ? [{ segment: `${keyword}/${index}`, base: schema, head: byText.get(canonical(schema)) }]
      : [],
  );
}

function single(keyword: string, base: SchemaNode, head: SchemaNode): ChildPair[] {
  const [before, after] = [base[keyword], head[keyword]];
  const isSchema = (value: unknown): boolean => isRecord(value) || typeof value === 'boolean';
  return isSchema(before) && isSchema(after) ? [{ segment: keyword, base: before, head: after }] : [];
}

/** The subschemas the walker descends into: shared properties, items, alternatives, extra properties. */
export function childPairs(base: SchemaNode, head: SchemaNode, context: RuleContext): ChildPair[] {
  const additional = isRecord(base.additionalProperties) && isRecord(head.additionalProperties);
  return [
    ...commonEntries(
      'properties',
      visibleProperties(base, context.base),
      visibleProperties(head, context.head),
    ),
    ...commonEntries('patternProperties', asMap(base.patternProperties), asMap(head.patternProperties)),
    ...(additional ? single('additionalProperties', base, head) : []),
    ...single('items', base, head),
    ...alternatives('prefixItems', base.prefixItems, head.prefixItems),
    ...alternatives('anyOf', base.anyOf, head.anyOf),
    ...alternatives('oneOf', base.oneOf, head.oneOf),
    ...single('contains', base, head),
    ...single('propertyNames', base, head),
  ];
}
