import { rewritableText } from './rewritable.ts';
import { RUN_ID_PATTERN, runIdStartedAt } from './run-id.ts';

const PREFIX = 'contract-';
const TAGS = /contract-([0-9a-z]{10})-/g;

export interface RunTag {
  runId: string;
  /** Epoch milliseconds, from the run id. */
  startedAt: number;
}

/** `contract-<run id>-`: the 20 printable ASCII characters that mark a key's name as a contract run's. */
export function runMarker(runId: string): string {
  if (!RUN_ID_PATTERN.test(runId))
    throw new RangeError(`runMarker: ${JSON.stringify(runId)} is not a run id`);
  return `${PREFIX}${runId}-`;
}

/**
 * The run tag a name carries, read from its rewritable ASCII characters (the marker may be spread between
 * emoji or spaces the case keeps), or undefined. The run id's check character must hold.
 */
export function findRunTag(name: string): RunTag | undefined {
  for (const match of rewritableText(name).matchAll(TAGS)) {
    const runId = match[1] ?? '';
    const startedAt = runIdStartedAt(runId);
    if (startedAt !== undefined) return { runId, startedAt };
  }
  return undefined;
}
