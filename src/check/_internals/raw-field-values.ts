function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A JSON string's content as the server meant it; as it is when cut or broken. */
function unescaped(content: string): string {
  try {
    return JSON.parse(`"${content}"`) as string;
  } catch {
    return content;
  }
}

/**
 * The strings under the named properties in the raw text of a body that is not valid JSON: `"value": "…"` in
 * any spacing, each as written (escapes kept) and unescaped; the closing quote optional (a cut body).
 */
export function rawFieldValues(text: string, names: Iterable<string>): { field: string; value: string }[] {
  const found: { field: string; value: string }[] = [];
  for (const name of names) {
    const pattern = new RegExp(`"${escapeRegExp(name)}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)`, 'g');
    for (const match of text.matchAll(pattern)) {
      const content = match[1] ?? '';
      found.push({ field: name, value: content }, { field: name, value: unescaped(content) });
    }
  }
  return found;
}
