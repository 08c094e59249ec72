import { fromPointer } from '../core/json-pointer.ts';
import { tagUnique } from '../generate/tag-unique.ts';
import { NOT_UNIQUE_TAG, type RequestCase } from '../generate/types.ts';
import { tagWithRunMarker } from './run-marker/tag-with-run-marker.ts';

function setString(root: unknown, pointer: string, tag: (text: string) => string): unknown {
  const segments = fromPointer(pointer);
  if (segments.length === 0) return typeof root === 'string' ? tag(root) : root;
  const copy: unknown = structuredClone(root);
  let parent: unknown = copy;
  for (const segment of segments.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return root;
    parent = (parent as Record<string, unknown>)[segment];
  }
  const last = segments[segments.length - 1] ?? '';
  if (parent === null || typeof parent !== 'object') return root;
  const record = parent as Record<string, unknown>;
  const current = record[last];
  if (typeof current === 'string') record[last] = tag(current);
  return copy;
}

const CUT = '…';

/**
 * The text with a value's JSON string replaced by its tagged one, also where a preview cut it (`"ab…`): titles
 * and reasons were written before the tag, and must show the body that was sent. Only whole JSON strings
 * (quotes included) are replaced: a one-space name must not turn every space of a title into a tab.
 */
function retitle(text: string, original: string, tagged: string): string {
  const from = JSON.stringify(original);
  const to = JSON.stringify(tagged);
  if (from === to) return text;
  const out = text.split(from).join(to);
  if (!out.endsWith(CUT)) return out;
  // A cut keeps the opening quote and at least one character of the value.
  for (let kept = Math.min(from.length - 1, out.length - CUT.length); kept >= 2; kept--) {
    if (out.endsWith(`${from.slice(0, kept)}${CUT}`))
      return `${out.slice(0, out.length - kept - CUT.length)}${to.slice(0, kept)}${CUT}`;
  }
  return out;
}

/**
 * Gives the case's identity fields (e.g. a key's `name`) a unique run tag just before sending, keeping every
 * length (code points, UTF-16 units, bytes), so a 409 for a repeated name never hides an accepted invalid body.
 * With a run id, names with room for it also carry `contract-<run id>-`, so `contract cleanup` knows them.
 * The title and the reason are rewritten to show the tagged values.
 */
export function applyUniqueTags(
  requestCase: RequestCase,
  nextUnique: () => bigint,
  runId?: string,
): RequestCase {
  if (requestCase.body.kind !== 'json' || requestCase.uniqueFields.length === 0) return requestCase;
  let unique = true;
  const renamed: [string, string][] = [];
  const tag = (text: string): string => {
    const tagged =
      runId === undefined ? tagUnique(text, nextUnique()) : tagWithRunMarker(text, nextUnique(), runId);
    unique &&= tagged.unique;
    renamed.push([text, tagged.text]);
    return tagged.text;
  };
  let value = requestCase.body.value;
  for (const pointer of requestCase.uniqueFields) {
    value = setString(value, pointer, tag);
  }
  const rewrite = (text: string): string =>
    renamed.reduce((current, [original, tagged]) => retitle(current, original, tagged), text);
  const { reason } = requestCase;
  return {
    ...requestCase,
    body: { kind: 'json', value },
    title: rewrite(requestCase.title),
    ...(reason === undefined ? {} : { reason: { ...reason, description: rewrite(reason.description) } }),
    tags: unique ? requestCase.tags : [...requestCase.tags, NOT_UNIQUE_TAG],
  };
}
