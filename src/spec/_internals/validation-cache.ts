import type { Result } from '../../core/result.ts';
import type { SpecFinding } from '../types.ts';

/** Documents kept; a process rarely loads more than a few distinct ones. */
const MAX_ENTRIES = 16;
const validated = new Map<string, Result<SpecFinding[]>>();

/**
 * The structural validation of a document already validated in this process, by the sha256 of its text:
 * the same text gives the same verdict, so loading it again (every suite file, every test) skips the
 * validator. Only self-contained documents are cached (a bundled one depends on other files too).
 */
export async function validateOnce(
  key: string,
  validate: () => Promise<Result<SpecFinding[]>>,
): Promise<Result<SpecFinding[]>> {
  const known = validated.get(key);
  if (known !== undefined) return known;
  const result = await validate();
  if (validated.size >= MAX_ENTRIES) validated.delete(validated.keys().next().value ?? '');
  validated.set(key, result);
  return result;
}
