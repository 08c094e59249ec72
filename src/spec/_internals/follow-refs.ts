import { getAtPointer } from '../../core/json-pointer.ts';
import { isRecord } from './is-record.ts';
import { refToPointer } from './ref-pointer.ts';

export interface Followed {
  /** The object at the end of the `$ref` chain; undefined when a link is missing, external or circular. */
  value: unknown;
  /** Where that object really stands in the document. */
  pointer: string;
  /** `summary`/`description` written next to a `$ref` (3.1 lets them override the target's); outermost wins. */
  overrides: { summary?: string; description?: string };
}

function collectOverrides(node: Record<string, unknown>, overrides: Followed['overrides']): void {
  if (typeof node.summary === 'string') overrides.summary ??= node.summary;
  if (typeof node.description === 'string') overrides.description ??= node.description;
}

/** Follows a chain of Reference Objects (`{$ref: '#/...'}`) inside the bundled document. */
export function followRefs(document: unknown, value: unknown, pointer: string): Followed {
  const overrides: Followed['overrides'] = {};
  const seen = new Set<string>();
  let current = value;
  let at = pointer;
  while (isRecord(current) && typeof current.$ref === 'string') {
    collectOverrides(current, overrides);
    const target = refToPointer(current.$ref);
    if (target === undefined || seen.has(target)) return { value: undefined, pointer: at, overrides };
    seen.add(target);
    at = target;
    current = getAtPointer(document, target);
  }
  return { value: current, pointer: at, overrides };
}
