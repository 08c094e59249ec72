import type { BundleLocation } from './bundle-used.ts';
import { bundleDocument } from './bundle-document.ts';

function collect(node: unknown, into: Set<string>): Set<string> {
  if (node === null || typeof node !== 'object') return into;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      if (!value.startsWith('#')) into.add(value);
    } else collect(value, into);
  }
  return into;
}

/**
 * The external `$ref`s of a document that cannot be bundled, each tried on its own (with everything it
 * leads to): a file that cannot be read, a pointer missing from a file, a URL that does not answer. Only
 * called once the whole document failed to bundle, to learn which operations that failure concerns.
 */
export async function failingExternalRefs(
  document: Record<string, unknown>,
  location: BundleLocation,
): Promise<Set<string>> {
  const refs = [...collect(document, new Set())];
  const { path, kind, timeoutMs } = location;
  const results = await Promise.all(
    refs.map(async (ref) => ({
      ref,
      ok: (await bundleDocument({ probe: { $ref: ref } }, path, kind, timeoutMs)).ok,
    })),
  );
  return new Set(results.filter((result) => !result.ok).map((result) => result.ref));
}
