/**
 * `#/components/schemas/A%20B` -> `/components/schemas/A B`. Fragments may be percent-encoded (RFC 3986),
 * so they are decoded before being read as JSON pointers. Undefined for refs that are not internal.
 */
export function refToPointer(ref: string): string | undefined {
  if (ref !== '#' && !ref.startsWith('#/')) return undefined;
  const fragment = ref.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
