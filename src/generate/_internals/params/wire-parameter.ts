import type { ParameterLocation } from '../../../spec/types.ts';
import { textOf } from './decode-parameter.ts';
import { percentEncode } from '../../../core/percent-encode.ts';
import type { Rendered, Token } from './render-parameter.ts';

/**
 * Where a parameter goes in a request case. Values with no delimiter of their own go where the http layer
 * percent-encodes them (`pathParams`, `query`); values whose style writes delimiters (`.a.b`, `;id=1,2`,
 * `ids=1,2`) are encoded here, delimiters kept as they are, and go into the path template as they are.
 */
export type WireParameter =
  | { in: 'path'; name: string; raw: string }
  | { in: 'path'; name: string; encoded: string }
  | { in: 'query'; name: string; pairs: [string, string][] }
  | { in: 'query'; name: string; encoded: string }
  | { in: 'header' | 'cookie'; name: string; value: string };

/** Visible ASCII, spaces inside only: what every server reads back unchanged from a header. */
const HEADER_SAFE = /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/;

/** What a cookie carries unchanged: the http layer percent-encodes the rest, and not every server decodes it. */
const COOKIE_SAFE = /^[A-Za-z0-9\-._~]+$/;

/** A lone surrogate is sent as U+FFFD (UTF-8 has no form for it): the server would read another text. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

const plain = (tokens: readonly Token[]): boolean => tokens.every((token) => 'raw' in token);

/** Delimiters a URL carries as they are; others (the space of spaceDelimited, `|`) must be encoded too. */
const URL_DELIMITERS = /^[,;=.]+$/;

function encodeTokens(tokens: readonly Token[]): string {
  return tokens
    .map((token) =>
      'raw' in token
        ? percentEncode(token.raw)
        : URL_DELIMITERS.test(token.lit)
          ? token.lit
          : percentEncode(token.lit),
    )
    .join('');
}

function pathWire(name: string, tokens: Token[]): WireParameter | undefined {
  const text = textOf(tokens);
  // An empty segment or a dot segment changes the path itself: such a value cannot be sent.
  if (text === '' || text === '.' || text === '..' || LONE_SURROGATE.test(text)) return undefined;
  if (plain(tokens)) return { in: 'path', name, raw: text };
  const encoded = encodeTokens(tokens);
  return encoded === '.' || encoded === '..' ? undefined : { in: 'path', name, encoded };
}

/**
 * A rendered parameter as it goes on the wire, or undefined when it cannot be sent as it is: an empty or
 * dot path segment, a header value with characters a header cannot carry unchanged (controls, non-ASCII,
 * surrounding spaces), query pairs (an exploded object's keys) named like another parameter (`taken`).
 * Empty values are not sent either: a query pair `name=` unless the parameter has `allowEmptyValue` (OpenAPI
 * forbids it by default, and a server rightly refuses it), an empty header or cookie (read as absent by many
 * servers): a value meant to be valid would not be, one meant to be invalid would be so for two reasons.
 * Nor is a text with a lone surrogate (sent as U+FFFD), or a cookie value that would need percent-encoding
 * (servers that do not decode cookies would read the encoded text).
 */
export function wireParameter(
  location: ParameterLocation,
  name: string,
  rendered: Rendered,
  taken: ReadonlySet<string> = new Set(),
  allowEmptyValue = false,
): WireParameter | undefined {
  if (rendered.kind === 'pairs') {
    if (rendered.pairs.some((pair) => pair.name !== name && taken.has(pair.name))) return undefined;
    if (!allowEmptyValue && rendered.pairs.some((pair) => textOf(pair.value) === '')) return undefined;
    if (rendered.pairs.some((pair) => LONE_SURROGATE.test(pair.name + textOf(pair.value)))) return undefined;
    if (rendered.pairs.every((pair) => plain(pair.value)))
      return { in: 'query', name, pairs: rendered.pairs.map((pair) => [pair.name, textOf(pair.value)]) };
    const encoded = rendered.pairs.map((pair) => `${percentEncode(pair.name)}=${encodeTokens(pair.value)}`);
    return { in: 'query', name, encoded: encoded.join('&') };
  }
  const text = textOf(rendered.tokens);
  if (location === 'path') return pathWire(name, rendered.tokens);
  if (text === '' || LONE_SURROGATE.test(text)) return undefined;
  if (location === 'header') return HEADER_SAFE.test(text) ? { in: 'header', name, value: text } : undefined;
  if (location === 'cookie') return COOKIE_SAFE.test(text) ? { in: 'cookie', name, value: text } : undefined;
  return undefined;
}
