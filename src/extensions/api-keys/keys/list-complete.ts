const MAX_DEPTH = 8;
/** Fields by which a list answer says that more items are on another page. */
const NEXT_PAGE = /^(next|next_?(page|cursor|page_?token|token|link|url))$/i;
const MORE_FLAG = /^(has_?more|has_?next(_?page)?|more|truncated)$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the body, or an object in it, points to another page (a cursor, a next link, `hasMore: true`). */
function pointsFurther(body: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || !isRecord(body)) return false;
  return Object.entries(body).some(([name, value]) => {
    if (MORE_FLAG.test(name)) return value === true;
    if (NEXT_PAGE.test(name)) return value !== null && value !== '' && value !== false && !isRecord(value);
    return pointsFurther(value, depth + 1);
  });
}

/** Whether the body holds an array at all (an empty list is an empty array), depth-first. */
function holdsArray(body: unknown, depth = 0): boolean {
  if (Array.isArray(body)) return true;
  if (depth > MAX_DEPTH || !isRecord(body)) return false;
  return Object.values(body).some((value) => holdsArray(value, depth + 1));
}

/**
 * Whether a key's absence from this list answer says it is gone: the answer lists keys (`items` found, or an
 * array, empty), and neither its body nor a `Link: rel="next"` header points to another page.
 */
export function listIsComplete(
  body: unknown,
  items: readonly unknown[],
  headers: Record<string, string>,
): boolean {
  if (items.length === 0 && !holdsArray(body)) return false;
  if (/rel="?next"?/i.test(headers['link'] ?? '')) return false;
  return !pointsFurther(body);
}
