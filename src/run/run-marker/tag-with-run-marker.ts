import { tagUnique, type TaggedText } from '../../generate/tag-unique.ts';
import { REWRITABLE } from './rewritable.ts';
import { runMarker } from './run-tag.ts';

/**
 * `tagUnique` plus the run's marker (`contract-<run id>-`) written over the first 20 rewritable ASCII code
 * points, contiguous or not, so `contract cleanup` can recognise the key by its name. Lengths in code points,
 * UTF-16 units and bytes are unchanged, and so is every character the tag would keep. A text with fewer such
 * characters, or without room left for the unique number, gets the plain tag: uniqueness matters more than
 * the marker (those keys are still revoked by id and found in the ledger).
 */
export function tagWithRunMarker(text: string, uniqueNumber: bigint, runId: string): TaggedText {
  const marker = Array.from(runMarker(runId));
  const points = Array.from(text);
  const positions = points.flatMap((point, index) => (REWRITABLE.test(point) ? [index] : []));
  if (positions.length < marker.length) return tagUnique(text, uniqueNumber);
  const markerAt = new Set(positions.slice(0, marker.length));
  const rest = points.filter((_, index) => !markerAt.has(index));
  const tagged = tagUnique(rest.join(''), uniqueNumber);
  if (!tagged.unique) return tagUnique(text, uniqueNumber);
  const restPoints = Array.from(tagged.text);
  let nextMarker = 0;
  let nextRest = 0;
  const out = points.map((_, index) => (markerAt.has(index) ? marker[nextMarker++] : restPoints[nextRest++]));
  return { text: out.join(''), unique: true };
}
