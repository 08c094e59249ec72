const MAX_DEPTH = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The items of a list answer: the first array (depth-first) whose members are objects with a string `id`.
 * `{apiKeys: [...]}`, `{data: [...]}` and a bare array all work.
 */
export function listedItems(body: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(body)) {
    const items = body.filter(isRecord);
    if (items.length > 0 && items.every((item) => typeof item['id'] === 'string')) return items;
    return [];
  }
  if (!isRecord(body)) return [];
  for (const child of Object.values(body)) {
    const items = listedItems(child, depth + 1);
    if (items.length > 0) return items;
  }
  return [];
}
