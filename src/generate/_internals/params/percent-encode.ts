// RFC 3986 unreserved characters; everything else is percent-encoded. The same rule as the http layer's
// percentEncode (a test holds them equal), so a value is encoded the same whether this layer or that one does it.
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** Percent-encodes the UTF-8 bytes of `text` except unreserved characters; never throws. */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out +=
      byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
