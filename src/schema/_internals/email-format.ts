import { isIPv6 } from 'node:net';

/**
 * `email` and `idn-email` as 2020-12 §7.3.2 defines them: an RFC 5321 Mailbox (RFC 6531 for idn-email, which
 * also takes UTF-8 in both parts). ajv-formats' regex refused Mailboxes a conformant server may return:
 * a quoted local part (`"john doe"@example.com`), a single-label domain (`admin@localhost`) and address
 * literals (`user@[192.0.2.1]`, `user@[IPv6:2001:db8::1]`). Permissive where the RFC is: no length limits
 * (they are limits of transport, not of the form), any registered-tag literal (`[tag:content]`).
 *
 *   Mailbox = Local-part "@" ( Domain / address-literal )
 *   Local-part = Dot-string / Quoted-string
 */
function mailbox(utf8: boolean): (text: string) => boolean {
  const wide = utf8 ? '\\u{80}-\\u{10FFFF}' : '';
  const atom = `[A-Za-z0-9!#$%&'*+/=?^_\`{|}~${wide}-]+`;
  const quoted = `"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E${wide}]|\\\\[\\x20-\\x7E])*"`;
  const letDig = `[A-Za-z0-9${wide}]`;
  const label = `${letDig}(?:[A-Za-z0-9${wide}-]*${letDig})?`;
  const shape = new RegExp(
    `^(?:${atom}(?:\\.${atom})*|${quoted})@(?:(${label}(?:\\.${label})*)|\\[([^\\[\\]\\\\]+)\\])$`,
    'u',
  );
  return (text) => {
    const match = shape.exec(text);
    return match !== null && (match[1] !== undefined || addressLiteral(match[2] ?? ''));
  };
}

/** IPv4-address-literal / "IPv6:" IPv6-addr / Standardized-tag ":" 1*dcontent (RFC 5321 §4.1.3). */
function addressLiteral(content: string): boolean {
  const colon = content.indexOf(':');
  if (colon < 0) return isIPv4Literal(content);
  const tag = content.slice(0, colon);
  const rest = content.slice(colon + 1);
  // IPv6 is the registered tag: its content must be an address (with no zone index).
  if (tag.toLowerCase() === 'ipv6') return !rest.includes('%') && isIPv6(rest);
  return /^[A-Za-z0-9-]*[A-Za-z0-9]$/.test(tag) && /^[\x21-\x5A\x5E-\x7E]+$/.test(rest);
}

/** Snum 3("." Snum): 1 to 3 digits each, at most 255 (leading zeros allowed, unlike in URIs). */
function isIPv4Literal(content: string): boolean {
  const parts = content.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

export const isEmail = mailbox(false);
export const isIdnEmail = mailbox(true);
