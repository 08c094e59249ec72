const MAX_DEPTH = 32;

/** Every string value of a JSON body held by a property named in `names`, at any depth. */
export function secretStrings(body: unknown, names: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'string' && names.has(key)) found.push(child);
      else visit(child, depth + 1);
    }
  };
  visit(body, 0);
  return found;
}
