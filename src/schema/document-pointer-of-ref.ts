import { pointerOfBagRef } from './_internals/bag-ref.ts';

const BAGS = ['oac://request', 'oac://response'];

/**
 * Where a compiled `$ref` (`oac://request#/$defs/...`) points in the OpenAPI document (`/components/schemas/Pet`),
 * so that messages about a schema can name its place in the document; undefined for any other ref.
 */
export function documentPointerOfRef(ref: string): string | undefined {
  for (const bag of BAGS) {
    const pointer = pointerOfBagRef(bag, ref);
    if (pointer !== undefined) return pointer;
  }
  return undefined;
}
