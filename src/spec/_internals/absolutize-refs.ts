import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRecord } from './is-record.ts';

function absolute(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}

function rewrite(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, base));
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const external = key === '$ref' && typeof value === 'string' && !value.startsWith('#');
    out[key] = external ? absolute(value, base) : rewrite(value, base);
  }
  return out;
}

/**
 * A copy of the document whose external `$ref`s are absolute, resolved against where the document was read.
 * The bundler is given the parsed object (not the path), so relative refs would otherwise resolve against
 * the working directory. Refs inside the files they point to are resolved by the bundler itself.
 */
export function absolutizeRefs(
  document: Record<string, unknown>,
  source: string,
  kind: 'file' | 'url',
): Record<string, unknown> {
  const base = kind === 'file' ? pathToFileURL(resolve(source)).href : source;
  return rewrite(document, base) as Record<string, unknown>;
}
