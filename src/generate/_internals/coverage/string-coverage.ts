import { describeLengths } from '../../../core/unicode.ts';
import { ASCII, ASTRAL, COMBINING, THREE_BYTE, TWO_BYTE, type CharClass } from '../char-classes.ts';
import { mayBe } from '../json-types.ts';
import { minimalString } from '../minimal-value.ts';
import { labelOf, reasonFor, type Site } from '../mutations/node-mutation.ts';
import { stringKeyword } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { STRING_FORMATS } from '../string-formats.ts';
import { lengthBounds } from '../string-length.ts';
import { invalid, valid, type NodeCoverage } from './node-coverage.ts';

const JSON_ESCAPES = '"\\\n\t\u0000\u001f';
const URL_SPECIALS = '/%?#&+';
const WHITESPACES = ' \t\u00a0\u3000';

/** `count` code points cycling through `chars`. */
function repeat(chars: string, count: number): string {
  const list = Array.from(chars);
  if (list.length === 0 || count <= 0) return '';
  return list.join('').repeat(Math.floor(count / list.length)) + list.slice(0, count % list.length).join('');
}

type PieceClass = Pick<CharClass, 'name' | 'example'>;

interface Piece {
  cls: PieceClass;
  count: number;
}

const piece = (cls: PieceClass, count: number): Piece => ({ cls, count });

/**
 * `e` and a combining acute, alternating: normalisation (NFC) composes each pair into `é`, so a server that
 * counts normalised text sees about half the code points JSON Schema counts. For boundaries only.
 */
const DECOMPOSED: PieceClass = {
  name: 'code points of e + combining acute (NFC halves them)',
  example: 'e\u0301',
};

/** Makes strings from pieces (`127 ASCII + 1 emoji`) and notes them with their three lengths. */
interface Builders {
  ok: (...pieces: Piece[]) => NodeCoverage;
  bad: (keyword: string, ...pieces: Piece[]) => NodeCoverage;
}

function builders(view: SchemaView, site: Site): Builders {
  const label = labelOf(site);
  // A pattern or format gets its own readable value stretched for "ASCII", so it may still match.
  const shaped =
    stringKeyword(view.schema, 'pattern') !== undefined || stringKeyword(view.schema, 'format') !== undefined;
  const ascii = shaped ? minimalString(view) || 'a' : ASCII.example;
  const make = (pieces: Piece[]): string =>
    pieces.map(({ cls, count }) => repeat(cls === ASCII ? ascii : cls.example, count)).join('');
  const note = (pieces: Piece[]): string => {
    const words = pieces.filter((p) => p.count > 0).map((p) => `${p.count} ${p.cls.name}`);
    return `${label}: ${words.join(' + ') || 'empty'} (${describeLengths(make(pieces))})`;
  };
  return {
    ok: (...pieces) => valid(make(pieces), note(pieces)),
    bad: (keyword, ...pieces) => invalid(make(pieces), reasonFor(site, view, keyword, note(pieces))),
  };
}

/** The lengths at and around minLength/maxLength, in ASCII and in wider characters, so that servers counting
 * UTF-16 units or UTF-8 bytes instead of code points are caught in both directions. */
export function stringCoverage(view: SchemaView, site: Site): NodeCoverage[] {
  if (!mayBe(view.schema, 'string') || 'enum' in view.schema || 'const' in view.schema) return [];
  const { min, max } = lengthBounds(view.schema);
  const build = builders(view, site);
  return [
    ...formatCoverage(view, site),
    build.ok(piece(ASCII, min)),
    ...minCoverage(min, build),
    ...(max === undefined ? [] : maxCoverage(max, build)),
    ...specialCoverage(labelOf(site), max ?? Math.max(min, 8)),
  ];
}

/** minLength in emoji, marks and CJK; one fewer code point is invalid even when it is more units or bytes. */
function minCoverage(min: number, { ok, bad }: Builders): NodeCoverage[] {
  if (min === 0) return [];
  const out = [ok(piece(ASTRAL, min)), ok(piece(COMBINING, min)), ok(piece(THREE_BYTE, min))];
  out.push(bad('minLength', piece(ASCII, min - 1)));
  if (min >= 2) out.push(ok(piece(DECOMPOSED, min)));
  if (min >= 2)
    out.push(bad('minLength', piece(ASTRAL, min - 1)), bad('minLength', piece(THREE_BYTE, min - 1)));
  return out;
}

/** maxLength in every width; the fewest emoji past the limit in UTF-16 units; one more code point invalid. */
function maxCoverage(max: number, { ok, bad }: Builders): NodeCoverage[] {
  const out = [
    ok(piece(ASCII, max)),
    ok(piece(ASTRAL, max)),
    ok(piece(THREE_BYTE, max)),
    ok(piece(TWO_BYTE, max)),
  ];
  const emojiOverUnits = Math.floor(max / 2) + 1;
  if (emojiOverUnits < max) out.push(ok(piece(ASTRAL, emojiOverUnits)));
  if (max >= 1) out.push(ok(piece(ASCII, max - 1), piece(ASTRAL, 1)));
  out.push(bad('maxLength', piece(ASCII, max + 1)), bad('maxLength', piece(ASTRAL, max + 1)));
  out.push(bad('maxLength', piece(THREE_BYTE, max + 1)), bad('maxLength', piece(DECOMPOSED, max + 1)));
  if (max >= 2) out.push(ok(piece(DECOMPOSED, max)));
  return out;
}

/** Whitespace only, characters JSON must escape, characters URLs treat specially: all valid. */
function specialCoverage(label: string, span: number): NodeCoverage[] {
  const spaces = repeat(WHITESPACES, span);
  return [
    valid(spaces, `${label}: ${span} whitespace only (${describeLengths(spaces)})`),
    valid(
      repeat(JSON_ESCAPES, span),
      `${label}: ${span} JSON-escaping characters (quote, backslash, control, NUL)`,
    ),
    valid(repeat(URL_SPECIALS, span), `${label}: ${span} URL-special characters (${URL_SPECIALS})`),
  ];
}

function formatCoverage(view: SchemaView, site: Site): NodeCoverage[] {
  const label = labelOf(site);
  const format = stringKeyword(view.schema, 'format');
  const known = format === undefined ? undefined : STRING_FORMATS[format];
  if (format === undefined || known === undefined) return [];
  return known.invalid.map((text) =>
    invalid(
      text,
      reasonFor(site, view, 'format', `${label}: ${JSON.stringify(text)}, not a valid ${format}`),
    ),
  );
}
