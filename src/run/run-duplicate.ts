import fc from 'fast-check';
import { getAtPointer } from '../core/json-pointer.ts';
import type { RequestCase } from '../generate/types.ts';
import { applyUniqueTags } from './apply-unique-tags.ts';
import { notePretagged } from './identity-fields.ts';
import { recordStep } from './recorded-step.ts';
import { notePrerequisite } from './replay-prerequisites.ts';
import { runCases } from './run-cases.ts';
import type { CaseOutcome, RunSession } from './types.ts';

const MIN_TAGGABLE = 16;

function isTaggable(requestCase: RequestCase): boolean {
  if (requestCase.body.kind !== 'json') return false;
  const body = requestCase.body.value;
  return requestCase.uniqueFields.every((pointer) => {
    const value = getAtPointer(body, pointer);
    return typeof value === 'string' && [...value].length >= MIN_TAGGABLE;
  });
}

/** The positive phase carries unique fields (a key's name): the one deliberate repeat is worth sending. */
export function repeatsMatter(positive: fc.Arbitrary<RequestCase>, seed: number): boolean {
  try {
    return fc.sample(positive, { seed, numRuns: 1 }).some((sample) => sample.uniqueFields.length > 0);
  } catch {
    return false;
  }
}

/** The valid body the repeat sends: one whose identity fields can carry a unique tag. */
export function duplicateSample(positive: fc.Arbitrary<RequestCase>, seed: number): RequestCase | undefined {
  const samples = fc.sample(positive, { seed, numRuns: 50 });
  return samples.find((candidate) => isTaggable(candidate)) ?? samples[0];
}

/** The two cases of the repeat, from one (tagged) body: both carry the same name. */
export function duplicatePair(sample: RequestCase, tagged: RequestCase = sample): [RequestCase, RequestCase] {
  const first: RequestCase = { ...tagged, id: `${sample.operationId}/duplicate/0`, uniqueFields: [] };
  const second: RequestCase = {
    ...first,
    id: `${sample.operationId}/duplicate/1`,
    title: `the same body again (repeated unique name): ${tagged.title}`,
    tags: [...first.tags, 'duplicate-name'],
  };
  return [first, second];
}

/**
 * The one deliberate repeat of a run: a valid body sent twice with the same unique name. The second answer
 * may be a 409 (noted, not failed); it shows how the server treats a conflict, and whether its error body
 * leaks the secret minted by the first.
 */
export async function runDuplicate(
  session: RunSession,
  positive: fc.Arbitrary<RequestCase>,
  seed: number,
): Promise<CaseOutcome[]> {
  // A body whose identity fields are long enough to carry a unique tag, so the repeat is the only repeat.
  const sample = duplicateSample(positive, seed);
  if (sample === undefined) return [];
  const tagged = applyUniqueTags(sample, session.nextUnique, session.config.runId);
  const [first, second] = duplicatePair(sample, tagged);
  for (const repeat of [first, second]) notePretagged(repeat, sample.uniqueFields);
  const [firstOutcome] = await runCases(session, [first]);
  // The second answer is about a name the first took: its replay sends the first request before it.
  const status = firstOutcome?.exchange.response?.status ?? 0;
  if (firstOutcome !== undefined && status >= 200 && status < 300)
    notePrerequisite(session.memory, second.id, recordStep(firstOutcome.exchange, session.baseUrl));
  const [secondOutcome] = await runCases(session, [second]);
  return [firstOutcome, secondOutcome].filter((outcome): outcome is CaseOutcome => outcome !== undefined);
}
