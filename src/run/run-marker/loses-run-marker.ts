import { getAtPointer } from '../../core/json-pointer.ts';
import type { RequestCase } from '../../generate/types.ts';
import { findRunTag } from './run-tag.ts';
import { tagWithRunMarker } from './tag-with-run-marker.ts';

/** A unique number as large as a run's (`run * 2^24 + counter`): a name with room for it has room for any. */
const PROBE = 2n ** 63n;

function bodyString(requestCase: RequestCase, pointer: string): string | undefined {
  if (requestCase.body.kind !== 'json') return undefined;
  const value = getAtPointer(requestCase.body.value, pointer);
  return typeof value === 'string' ? value : undefined;
}

/** Whether the case is invalid because of this field (its length, type, presence): then it may shrink. */
function aboutField(requestCase: RequestCase, pointer: string): boolean {
  const reason = requestCase.reason;
  if (reason === undefined) return false;
  const where =
    reason.property === undefined ? reason.instancePath : `${reason.instancePath}/${reason.property}`;
  return where === pointer || pointer.startsWith(`${where}/`);
}

const carriesMarker = (text: string, runId: string): boolean =>
  findRunTag(tagWithRunMarker(text, PROBE, runId).text)?.runId === runId;

/**
 * Whether a shrink candidate loses the run marker (`contract-<run id>-`) from a unique field whose original
 * value had room for it, when the case is not about that field. Shrinking then stays above the marker, so
 * a key a shrink step created on a long-lived server still names its run (`contract cleanup` finds it, a
 * replay's name stays unique); a failure about the name itself still shrinks the name to its minimum.
 */
export function losesRunMarker(original: RequestCase, candidate: RequestCase, runId: string): boolean {
  return original.uniqueFields.some((pointer) => {
    if (aboutField(candidate, pointer)) return false;
    const before = bodyString(original, pointer);
    if (before === undefined || !carriesMarker(before, runId)) return false;
    const after = bodyString(candidate, pointer);
    return after !== undefined && !carriesMarker(after, runId);
  });
}
