/** An HTTP-date starts with a day name (`Sun, 06 Nov 1994 08:49:37 GMT`, or an obsolete form). */
const HTTP_DATE = /^[A-Za-z]{3,9},? /;

/**
 * How long a `Retry-After` header asks to wait, in milliseconds: delay-seconds or an HTTP-date (RFC 9110
 * §10.2.3). A date in the past means now (0). Undefined when the header is absent or unreadable.
 */
export function retryAfterMs(header: string | undefined, nowMs: number = Date.now()): number | undefined {
  const text = header?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!HTTP_DATE.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
