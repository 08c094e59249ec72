import { escapePointerSegment, fromPointer } from '../../core/json-pointer.ts';

/**
 * Every schema a context needs lives in one bag, `{ $id: 'oac://request', $defs: { '<pointer>': schema } }`,
 * keyed by its JSON pointer in the document. `$ref`s point into the bag:
 * `oac://request#/$defs/~1components~1schemas~1Pet` (percent-encoded, so `{id}` in a path is a valid URI).
 */
export function bagRef(refPrefix: string, documentPointer: string): string {
  return `${refPrefix}#/$defs/${encodeURIComponent(escapePointerSegment(documentPointer))}`;
}

/** The document pointer a bag ref stands for, or undefined when `ref` does not point into this bag. */
export function pointerOfBagRef(refPrefix: string, ref: string): string | undefined {
  if (!ref.startsWith(`${refPrefix}#`)) return undefined;
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(refPrefix.length + 1));
  } catch {
    return undefined;
  }
  const [defs, pointer, ...rest] = fromPointer(fragment);
  return defs === '$defs' && pointer !== undefined && rest.length === 0 ? pointer : undefined;
}
