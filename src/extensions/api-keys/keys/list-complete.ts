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

/** The arrays in the body, depth-first (an empty list is an empty array). */
function arraysIn(body: unknown, depth = 0): unknown[][] {
  if (Array.isArray(body)) return [body];
  if (depth > MAX_DEPTH || !isRecord(body)) return [];
  return Object.values(body).flatMap((value) => arraysIn(value, depth + 1));
}

/** An empty list: an empty array, and no array of objects (keys this tool could not read, e.g. no `id`). */
function isEmptyList(body: unknown): boolean {
  const arrays = arraysIn(body);
  return arrays.some((array) => array.length === 0) && !arrays.some((array) => array.some(isRecord));
}

/**
 * Whether a key's absence from this list answer says it is gone: the answer lists keys (`items` found, or an
 * empty list; not keys of a shape it cannot read), and neither its body nor a `Link: rel="next"` header points to another page.
 */
export function listIsComplete(
  body: unknown,
  items: readonly unknown[],
  headers: Record<string, string>,
): boolean {
  if (items.length === 0 && !isEmptyList(body)) return false;
  if (/rel="?next"?/i.test(headers['link'] ?? '')) return false;
  return !pointsFurther(body);
}
