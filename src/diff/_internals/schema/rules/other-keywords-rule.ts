import { canonical } from '../canonical.ts';
import type { SchemaNode } from '../merge-schemas.ts';
import type { RuleChange } from '../rule-types.ts';

/** Keywords another rule or the walker looks at. */
const HANDLED = new Set([
  'type',
  'enum',
  'const',
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'maxContains',
  'minContains',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'pattern',
  'format',
  'contentMediaType',
  'contentEncoding',
  'uniqueItems',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'prefixItems',
  'anyOf',
  'oneOf',
  'patternProperties',
  'contains',
  'propertyNames',
]);

/** Documentation: never a constraint, never a change for clients. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'summary',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  '$defs',
  'definitions',
]);

/**
 * Any other keyword (`not`, `if`/`then`/`else`, `dependentRequired`, `unevaluatedProperties`...) whose value
 * changed: its effect is not worked out, so it counts as breaking rather than slipping through.
 */
export function otherKeywordsRule(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const keywords = new Set([...Object.keys(base), ...Object.keys(head)]);
  return [...keywords]
    .filter((keyword) => !HANDLED.has(keyword) && !ANNOTATIONS.has(keyword))
    .filter((keyword) => canonical(base[keyword]) !== canonical(head[keyword]))
    .map((keyword) => ({
      code: 'keyword-changed',
      effect: 'changed' as const,
      message: `${keyword} ${keyword in base ? (keyword in head ? 'changed' : 'removed') : 'added'} (effect not classified: counted as breaking)`,
    }));
}
