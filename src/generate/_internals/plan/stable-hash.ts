/** FNV-1a (32 bits) of a value's JSON: a short, stable number for case ids of generated cases. */
export function stableHash(value: unknown): number {
  const text = JSON.stringify(value) ?? 'undefined';
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
