import { followRefs } from './follow-refs.ts';
import { isRecord } from './is-record.ts';

/**
 * Properties a schema requires at its top level: its own `required` plus those of its `allOf` members,
 * following schema `$ref`s (cycles are cut).
 */
export function requiredProperties(document: unknown, schema: unknown, seen = new Set<unknown>()): string[] {
  const { value } = followRefs(document, schema, '');
  if (!isRecord(value) || seen.has(value)) return [];
  seen.add(value);
  const own = Array.isArray(value.required) ? value.required.filter((name) => typeof name === 'string') : [];
  const inherited = Array.isArray(value.allOf)
    ? value.allOf.flatMap((member) => requiredProperties(document, member, seen))
    : [];
  return [...new Set([...own, ...inherited])];
}
