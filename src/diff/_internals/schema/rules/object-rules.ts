import { escapePointerSegment } from '../../../../core/json-pointer.ts';
import { isRecord } from '../../../../spec/_internals/is-record.ts';
import type { SchemaNode } from '../merge-schemas.ts';
import type { Effect, RuleChange, RuleContext } from '../rule-types.ts';
import { visibleProperties } from '../visible-properties.ts';

const at = (name: string): string => `/properties/${escapePointerSegment(name)}`;

function requiredOf(schema: SchemaNode): Set<string> {
  return new Set(
    Array.isArray(schema.required) ? schema.required.filter((name) => typeof name === 'string') : [],
  );
}

/** A newly required property narrows (requests break); one made optional widens (responses break). */
function requiredChanges(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const [before, after] = [requiredOf(base), requiredOf(head)];
  const added = [...after].filter((name) => !before.has(name));
  const removed = [...before].filter((name) => !after.has(name));
  return [
    ...added.map((name) => ({
      code: 'property-became-required',
      effect: 'narrowed' as const,
      message: `property "${name}" is now required`,
      at: at(name),
    })),
    ...removed.map((name) => ({
      code: 'property-became-optional',
      effect: 'widened' as const,
      message: `property "${name}" is no longer required`,
      at: at(name),
    })),
  ];
}

/** A removed property breaks either side (clients send or read it); an added one breaks neither. */
function propertyChanges(base: SchemaNode, head: SchemaNode, context: RuleContext): RuleChange[] {
  const before = visibleProperties(base, context.base);
  const after = visibleProperties(head, context.head);
  const harmless: Effect = context.side === 'request' ? 'widened' : 'narrowed';
  return [
    ...[...before.keys()]
      .filter((name) => !after.has(name))
      .map((name) => ({
        code: 'property-removed',
        effect: 'changed' as const,
        message: `property "${name}" removed`,
        at: at(name),
      })),
    ...[...after.keys()]
      .filter((name) => !before.has(name))
      .map((name) => ({
        code: 'property-added',
        effect: harmless,
        message: `property "${name}" added`,
        at: at(name),
      })),
  ];
}

type Extra = 'any' | 'none' | 'schema';

function extraOf(value: unknown): Extra {
  if (value === false) return 'none';
  return isRecord(value) && Object.keys(value).length > 0 ? 'schema' : 'any';
}

const EXTRA_EFFECT: Record<string, Effect> = {
  'any>none': 'narrowed',
  'any>schema': 'narrowed',
  'schema>none': 'narrowed',
  'none>any': 'widened',
  'none>schema': 'widened',
  'schema>any': 'widened',
};

/** `additionalProperties`: true -> false narrows; two schemas are compared as children. */
function additionalChanges(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const key = `${extraOf(base.additionalProperties)}>${extraOf(head.additionalProperties)}`;
  const effect = EXTRA_EFFECT[key];
  if (effect === undefined) return [];
  const message = `additionalProperties ${key.replace('>', ' -> ')}`;
  const code = effect === 'narrowed' ? 'additional-properties-narrowed' : 'additional-properties-widened';
  return [{ code, effect, message }];
}

export function objectRules(base: SchemaNode, head: SchemaNode, context: RuleContext): RuleChange[] {
  return [
    ...requiredChanges(base, head),
    ...propertyChanges(base, head, context),
    ...additionalChanges(base, head),
  ];
}
