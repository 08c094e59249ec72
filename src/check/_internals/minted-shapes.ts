/**
 * The shape of the values a run has minted (`fk_` + 40 base64url characters): a prefix, an alphabet and a
 * length. A string of the same shape in an error answer is very likely a freshly minted value the run never
 * saw. With a prefix the match is certain enough to fail; without one (a bare hex or base64 run, like a
 * request id) it is only noted.
 */
interface MintedShape {
  prefix: string;
  length: number;
  alphabet: Alphabet;
}

type Alphabet = 'hex' | 'HEX' | 'token' | 'base64';

const ALPHABETS: [Alphabet, RegExp][] = [
  ['hex', /^[0-9a-f]+$/],
  ['HEX', /^[0-9A-F]+$/],
  ['token', /^[A-Za-z0-9_-]+$/],
  ['base64', /^[A-Za-z0-9+/]+=*$/],
];
const PATTERN = new Map(ALPHABETS);
/** A prefix is a short lower-case word and a separator: `fk_`, `sk-`, `ghp_`. */
const PREFIX = /^[a-z]{1,8}[_-]/;
/** Below this, a shape without a prefix says too little: an id, a word. */
const MIN_BARE_LENGTH = 32;
const MIN_LENGTH = 12;

function alphabetOf(text: string): Alphabet | undefined {
  return ALPHABETS.find(([, pattern]) => pattern.test(text))?.[0];
}

function shapeOf(value: string): MintedShape | undefined {
  if (value.length < MIN_LENGTH) return undefined;
  const prefix = PREFIX.exec(value)?.[0] ?? '';
  const alphabet = alphabetOf(value.slice(prefix.length));
  return alphabet === undefined ? undefined : { prefix, length: value.length, alphabet };
}

interface Cached {
  seen: number;
  /** By length and alphabet: the prefix all those values share ('' when they differ). */
  groups: Map<string, MintedShape>;
}

const cache = new WeakMap<ReadonlyMap<string, string>, Cached>();

function addValue(groups: Map<string, MintedShape>, value: string): void {
  const shape = shapeOf(value);
  if (shape === undefined) return;
  const key = `${shape.length}:${shape.alphabet}`;
  const known = groups.get(key);
  if (known === undefined) groups.set(key, shape);
  else if (known.prefix !== shape.prefix) groups.set(key, { ...known, prefix: '' });
}

function shapesOf(mintedValues: ReadonlyMap<string, string>): MintedShape[] {
  const cached = cache.get(mintedValues) ?? { seen: 0, groups: new Map<string, MintedShape>() };
  cache.set(mintedValues, cached);
  if (cached.seen < mintedValues.size) {
    let index = 0;
    for (const value of mintedValues.keys()) if (index++ >= cached.seen) addValue(cached.groups, value);
    cached.seen = mintedValues.size;
  }
  return [...cached.groups.values()];
}

export type ShapeVerdict = 'certain' | 'uncertain' | undefined;

function matchShape(text: string, shapes: readonly MintedShape[]): ShapeVerdict {
  let verdict: 'uncertain' | undefined;
  for (const shape of shapes) {
    if (text.length !== shape.length || !text.startsWith(shape.prefix)) continue;
    if (PATTERN.get(shape.alphabet)?.test(text.slice(shape.prefix.length)) !== true) continue;
    if (shape.prefix !== '') return 'certain';
    if (shape.length >= MIN_BARE_LENGTH && (shape.alphabet === 'token' || shape.alphabet === 'base64'))
      verdict = 'uncertain';
  }
  return verdict;
}

/**
 * Whether a string has the shape of the values in `RunMemory.mintedValues` (as they are now): `certain`
 * for a prefixed shape, `uncertain` for a long bare one, undefined when no shape fits.
 */
export function mintedShapeMatcher(
  mintedValues: ReadonlyMap<string, string>,
): (text: string) => ShapeVerdict {
  const shapes = shapesOf(mintedValues);
  return (text) => (shapes.length === 0 ? undefined : matchShape(text, shapes));
}
