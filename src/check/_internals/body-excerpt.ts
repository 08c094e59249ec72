import type { ReceivedResponse } from '../../http/types.ts';
import type { CheckContext } from '../types.ts';
import { EVIDENCE_LIMITS } from './cap-evidence.ts';
import { capText } from './cap-text.ts';

/**
 * The start of a response body, at most EVIDENCE_LIMITS.excerpt characters: redacted first and cut after (a
 * secret is never cut in two), and only as far as the excerpt reaches (a 1 MiB body costs an excerpt).
 */
export function bodyExcerpt(ctx: CheckContext, response: ReceivedResponse): string | undefined {
  if (response.bodyText === '') return undefined;
  return capText(
    ctx.memory.redactor.redact(response.bodyText, EVIDENCE_LIMITS.excerpt + 1),
    EVIDENCE_LIMITS.excerpt,
  );
}
