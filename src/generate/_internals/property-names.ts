import { codePointLength } from '../../core/unicode.ts';
import { numberKeyword, stringKeyword } from './schema-object.ts';
import type { SchemaView } from './schema-view.ts';
import { viewOf } from './schema-view.ts';

/**
 * Whether an extra property's name satisfies the node's `propertyNames` as far as it can be told without a
 * validator (length, pattern, enum, const); anything else it says is checked by the final validation.
 */
export function propertyNameCheck(view: SchemaView): (name: string) => boolean {
  const names = view.schema.propertyNames;
  if (names === undefined || names === true) return () => true;
  if (names === false) return () => false;
  const rules = viewOf(names as Record<string, unknown>, view.ctx).schema;
  const min = numberKeyword(rules, 'minLength') ?? 0;
  const max = numberKeyword(rules, 'maxLength') ?? Infinity;
  const pattern = stringKeyword(rules, 'pattern');
  let regex: RegExp | undefined;
  try {
    regex = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  } catch {
    regex = undefined;
  }
  const allowed = Array.isArray(rules.enum) ? rules.enum : 'const' in rules ? [rules.const] : undefined;
  return (name) => {
    const length = codePointLength(name);
    return (
      length >= min &&
      length <= max &&
      (regex === undefined || regex.test(name)) &&
      (allowed === undefined || allowed.includes(name))
    );
  };
}
