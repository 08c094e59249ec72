/**
 * How common JSON encoders write a string, beyond JSON.stringify's form: a server echoing a secret in a JSON
 * body writes it with its platform's escapes, and a redactor that only knows the plain form misses it.
 * - PHP json_encode: `/` as `\/`, non-ASCII as `\uxxxx`;
 * - .NET System.Text.Json: non-ASCII and `<>&'"+\`` as `\uXXXX`;
 * - Gson: `<>&='` as `\uxxxx`; Go encoding/json: `<>&` (and U+2028/9) as `\uxxxx`;
 * - Python (ensure_ascii) and Jackson (ESCAPE_NON_ASCII): non-ASCII as `\uxxxx` or `\uXXXX`.
 */
interface EncoderProfile {
  slash: boolean;
  nonAscii: boolean;
  /** ASCII characters written as `\u` escapes. */
  escaped: string;
  upperHex: boolean;
}

const PROFILES: readonly EncoderProfile[] = [
  { slash: true, nonAscii: true, escaped: '', upperHex: false },
  { slash: false, nonAscii: true, escaped: `<>&'"+\``, upperHex: true },
  { slash: false, nonAscii: false, escaped: `<>&='`, upperHex: false },
  { slash: false, nonAscii: false, escaped: '<>&\u2028\u2029', upperHex: false },
  { slash: false, nonAscii: true, escaped: '', upperHex: false },
];

function unicodeEscape(unit: number, upperHex: boolean): string {
  const hex = unit.toString(16).padStart(4, '0');
  return `\\u${upperHex ? hex.toUpperCase() : hex}`;
}

function encodeUnit(unit: number, profile: EncoderProfile): string {
  const char = String.fromCharCode(unit);
  if (profile.escaped.includes(char) || (profile.nonAscii && unit > 0x7e))
    return unicodeEscape(unit, profile.upperHex);
  if (profile.slash && char === '/') return '\\/';
  if (unit >= 0x20 && unit <= 0x7e && char !== '"' && char !== '\\') return char;
  // JSON.stringify's own escapes for quotes, backslashes and control characters (a lone surrogate too).
  return JSON.stringify(char).slice(1, -1);
}

/** The secret as each profile's encoder writes it inside a JSON string (without the quotes). */
export function jsonEscapeForms(secret: string): string[] {
  return PROFILES.map((profile) =>
    Array.from({ length: secret.length }, (_, index) => encodeUnit(secret.charCodeAt(index), profile)).join(
      '',
    ),
  );
}
