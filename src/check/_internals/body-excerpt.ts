import type { ReceivedResponse } from '../../http/types.ts';
import type { CheckContext } from '../types.ts';
import { EVIDENCE_LIMITS } from './cap-evidence.ts';
import { capText } from './cap-text.ts';

/** The start of a response body, redacted first and cut after (a secret is never cut in two; only the kept start is scanned), at most
 * EVIDENCE_LIMITS.excerpt characters. */
export function bodyExcerpt(ctx: CheckContext, response: ReceivedResponse): string | undefined {
  if (response.bodyText === '') return undefined;
  return capText(
    ctx.memory.redactor.redact(response.bodyText, EVIDENCE_LIMITS.excerpt + 1),
    EVIDENCE_LIMITS.excerpt,
  );
}
