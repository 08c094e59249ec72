import { REPLAY_FORMAT, type ReplayFile } from '../run/replay-file.ts';
import { stepsOf } from '../run/recorded-step.ts';
import type { FindingGroup, RunResults } from '../run/types.ts';
import { findingFingerprint } from './finding-fingerprint.ts';

/** The replay file of a finding's example, or undefined when its exchange was not recorded. */
export function toReplayFile(group: FindingGroup, results: RunResults): ReplayFile | undefined {
  const steps = stepsOf(group.example);
  if (steps === undefined) return undefined;
  const { example } = group;
  const file: ReplayFile = {
    format: REPLAY_FORMAT,
    version: 1,
    finding: {
      fingerprint: findingFingerprint(group),
      operationId: group.operationId,
      check: group.check,
      severity: group.severity,
      groupKey: group.groupKey,
      status: group.status,
      message: example.message,
    },
    recorded: {
      target: results.target,
      at: results.finishedAt,
      seed: results.seed,
      fastCheckPath: example.replay?.path,
      spec: { source: results.spec.source, chosen: results.spec.chosen, hash: results.spec.hash },
    },
    steps,
  };
  return file;
}
