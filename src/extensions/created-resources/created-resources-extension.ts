import type { ContractExtension } from '../../run/extension.ts';
import type { CompiledSpec } from '../../schema/types.ts';
import { deletableCollections, type Deletion } from './deletable-collections.ts';
import { deleteCreated, type DeletionReport } from './delete-created.ts';
import { trackCreatedResources, type ResourceTracker } from './resource-tracker.ts';

/** Failures named on the console; the rest are counted. */
const NAMED_FAILURES = 3;

function describeCleanup(created: number, unidentified: number, report: DeletionReport): string[] {
  const lines = [`clean-up: deleted ${report.deleted} of ${created} resource(s) the run created`];
  if (unidentified > 0)
    lines.push(`clean-up: ${unidentified} answer(s) created a resource but gave no id to delete it by`);
  if (report.failed.length === 0) return lines;
  const named = report.failed
    .slice(0, NAMED_FAILURES)
    .map((failure) => `${failure.label} ${failure.outcome}`);
  const more =
    report.failed.length > NAMED_FAILURES ? `, and ${report.failed.length - NAMED_FAILURES} more` : '';
  return [...lines, `clean-up: ${report.failed.length} could not be deleted: ${named.join('; ')}${more}`];
}

/**
 * Resources a run creates on a real server are deleted at its end, on failure and interrupt too, when the
 * document says how: every 2xx answer of a `POST /things` whose `DELETE /things/{id}` the document declares
 * is remembered with its id, and deleted by that operation. It applies to documents with such a pair; the
 * bundled mock (it forgets everything when it stops) is left alone.
 */
export function createdResourcesExtension(): ContractExtension {
  let tracker: ResourceTracker | undefined;
  let cleaning: Promise<string[]> | undefined;
  // Paired once per document: `applies` and `wrapClient` both need the pairs.
  const pairs = new WeakMap<CompiledSpec, Map<string, Deletion>>();
  const pairsOf = (compiled: CompiledSpec): Map<string, Deletion> => {
    const known = pairs.get(compiled) ?? deletableCollections(compiled);
    pairs.set(compiled, known);
    return known;
  };
  return {
    name: 'created-resources',
    applies: (compiled) => pairsOf(compiled).size > 0,
    wrapClient(client, { compiled }) {
      tracker = trackCreatedResources(client, pairsOf(compiled));
      return tracker.client;
    },
    finish(session) {
      const resources = tracker;
      if (resources === undefined || session.config.disposableTarget === true) return Promise.resolve([]);
      cleaning ??= resources.settled().then(async () => {
        const created = [...resources.created()];
        const unidentified = resources.unidentified();
        if (created.length === 0 && unidentified === 0) return [];
        const report = await deleteCreated(session, created, session.config.concurrency);
        return describeCleanup(created.length, unidentified, report);
      });
      return cleaning;
    },
  };
}
