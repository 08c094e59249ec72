// RFC 3986 unreserved characters: everything else is percent-encoded, so `/`, `?`, `#`, `%`, spaces and
// non-ASCII text inside a value can never change the shape of the URL.
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * Percent-encodes every byte of the UTF-8 form of `value` except unreserved characters. Unlike
 * `encodeURIComponent` it never throws: a lone surrogate becomes U+FFFD, as it would on the wire.
 */
export function percentEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    out +=
      byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
