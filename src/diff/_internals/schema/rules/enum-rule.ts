import { canonical } from '../canonical.ts';
import type { SchemaNode } from '../merge-schemas.ts';
import type { RuleChange } from '../rule-types.ts';

/** The allowed values (`const` is a one-value enum), or undefined when any value is allowed. */
function valuesOf(schema: SchemaNode): Map<string, unknown> | undefined {
  const list = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  return list === undefined ? undefined : new Map(list.map((value) => [canonical(value), value]));
}

const listed = (values: unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');

/** `enum` and `const`: a value removed narrows, a value added widens; adding or dropping the list too. */
export function enumRule(base: SchemaNode, head: SchemaNode): RuleChange[] {
  const [before, after] = [valuesOf(base), valuesOf(head)];
  if (before === undefined && after === undefined) return [];
  if (before === undefined)
    return [
      {
        code: 'enum-added',
        effect: 'narrowed',
        message: `values restricted to ${listed([...(after ?? new Map()).values()])}`,
      },
    ];
  if (after === undefined)
    return [
      {
        code: 'enum-removed',
        effect: 'widened',
        message: `values no longer restricted (were ${listed([...before.values()])})`,
      },
    ];
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, value]) => value);
  const added = [...after].filter(([key]) => !before.has(key)).map(([, value]) => value);
  const changes: RuleChange[] = [];
  if (removed.length > 0)
    changes.push({
      code: 'enum-value-removed',
      effect: 'narrowed',
      message: `enum value(s) removed: ${listed(removed)}`,
    });
  if (added.length > 0)
    changes.push({
      code: 'enum-value-added',
      effect: 'widened',
      message: `enum value(s) added: ${listed(added)}`,
    });
  return changes;
}
