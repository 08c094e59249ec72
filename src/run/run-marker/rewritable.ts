/**
 * The characters a unique tag rewrites into ASCII letters and digits (printable ASCII but space, `"` and
 * `\`): the run marker is written over them only, so it changes what a case tests no more than the tag does.
 */
export const REWRITABLE = /^[\x21\x23-\x5b\x5d-\x7e]$/;

/** The rewritable code points of a text, in order: where a run marker is written and looked for. */
export function rewritableText(text: string): string {
  return Array.from(text)
    .filter((point) => REWRITABLE.test(point))
    .join('');
}
