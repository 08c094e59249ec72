import { fromPointer } from '../core/json-pointer.ts';
import { tagUnique } from '../generate/tag-unique.ts';
import type { RecordedStep } from './recorded-step.ts';
import { freshText } from './replay-fresh-text.ts';

function isContainer(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null;
}

/** Replaces the string at `pointer` in a freshly parsed value; false when there is none. */
function replaceString(root: unknown, pointer: string, replace: (old: string) => string): boolean {
  const segments = fromPointer(pointer);
  const last = segments.pop();
  let parent: unknown = root;
  for (const segment of segments) parent = isContainer(parent) ? parent[segment] : undefined;
  if (last === undefined || !isContainer(parent) || typeof parent[last] !== 'string') return false;
  parent[last] = replace(parent[last]);
  return true;
}

/**
 * The step with fresh tags in its identity fields (same code points, UTF-16 units and bytes, same kinds of
 * character), so a replay never collides with the recorded run or an earlier replay on the same server.
 * `renames` is shared by the steps of one replay: a name sent twice on purpose stays the same name.
 */
export function refreshIdentity(
  step: RecordedStep,
  renames: Map<string, string>,
  next: () => bigint,
): { step: RecordedStep; unique: boolean } {
  const text = step.request.body;
  const unchanged = { step, unique: true };
  if (!step.uniqueFields?.length || text === undefined || step.bodyKind !== 'json') return unchanged;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return unchanged;
  }
  if (JSON.stringify(value) !== text) return unchanged;
  let unique = true;
  const rename = (old: string): string => {
    let fresh = renames.get(old);
    if (fresh === undefined) {
      const tagged = tagUnique(old, next());
      // Too few characters to hold a fresh number: a random text of the same shape instead; with few
      // choices (a 1-character name) it may still repeat one the server already has.
      const random = tagged.unique ? undefined : freshText(old);
      unique &&= tagged.unique || (random?.plenty ?? false);
      renames.set(old, (fresh = random?.text ?? tagged.text));
    }
    return fresh;
  };
  const changed = step.uniqueFields.filter((pointer) => replaceString(value, pointer, rename));
  if (changed.length === 0) return unchanged;
  return { step: { ...step, request: { ...step.request, body: JSON.stringify(value) } }, unique };
}
