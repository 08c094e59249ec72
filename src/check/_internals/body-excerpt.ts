import type { ReceivedResponse } from '../../http/types.ts';
import type { CheckContext } from '../types.ts';

const EXCERPT_CODE_POINTS = 500;

/** The start of a response body, redacted first and cut after, so a secret is never cut in two. */
export function bodyExcerpt(ctx: CheckContext, response: ReceivedResponse): string | undefined {
  if (response.bodyText === '') return undefined;
  const redacted = ctx.memory.redactor.redact(response.bodyText);
  const head = Array.from(redacted.slice(0, EXCERPT_CODE_POINTS * 2))
    .slice(0, EXCERPT_CODE_POINTS)
    .join('');
  return head.length < redacted.length ? `${head}…` : head;
}
