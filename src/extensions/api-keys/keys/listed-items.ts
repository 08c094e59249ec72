const MAX_DEPTH = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A key's id as the run uses it in paths: a non-empty string, or an integer with its exact digits (a BigInt
 * from exactJson past 2^53); undefined otherwise (a rounded number names another key).
 */
export function keyIdOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'bigint') return String(value);
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

/**
 * The items of a list answer: the first array (depth-first) whose members are objects with an `id` (see
 * keyIdOf). `{apiKeys: [...]}`, `{data: [...]}` and a bare array all work.
 */
export function listedItems(body: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(body)) {
    const items = body.filter(isRecord);
    if (items.length > 0 && items.every((item) => keyIdOf(item['id']) !== undefined)) return items;
    return [];
  }
  if (!isRecord(body)) return [];
  for (const child of Object.values(body)) {
    const items = listedItems(child, depth + 1);
    if (items.length > 0) return items;
  }
  return [];
}
