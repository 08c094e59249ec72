import type { ParameterStyle } from './parameter-style.ts';

/** A piece of a rendered parameter: a delimiter the style writes (sent as it is), or content (percent-encoded). */
export type Token = { lit: string } | { raw: string };

/** One `name=value` of a query or of a cookie; the value may hold delimiters (`a,b`). */
export interface Pair {
  name: string;
  value: Token[];
}

export type Rendered = { kind: 'text'; tokens: Token[] } | { kind: 'pairs'; pairs: Pair[] };

type Scalar = string;

/** A number as parameter text: an integer in digits (String(1e21) is `1e+21`, which no integer parser reads). */
function numberText(value: number): Scalar | undefined {
  if (!Number.isFinite(value)) return undefined;
  return Number.isInteger(value) && Math.abs(value) >= 1e21 ? BigInt(value).toString() : String(value);
}

/** A primitive as a parameter writes it: `null` as empty text; nested values and `undefined` cannot be written. */
export function scalarText(value: unknown): Scalar | undefined {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

type Shape =
  | { kind: 'scalar'; text: Scalar }
  | { kind: 'array'; items: Scalar[] }
  | { kind: 'object'; entries: [string, Scalar][] };

/** The value's own shape: one level of array or object of primitives, as every style defines. */
export function shapeOf(value: unknown): Shape | undefined {
  if (Array.isArray(value)) {
    const items = value.map(scalarText);
    return items.every((item) => item !== undefined) ? { kind: 'array', items: items } : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, scalarText(item)] as const);
    if (!entries.every(([, item]) => item !== undefined)) return undefined;
    return { kind: 'object', entries: entries as [string, Scalar][] };
  }
  const text = scalarText(value);
  return text === undefined ? undefined : { kind: 'scalar', text };
}

const raw = (text: string): Token => ({ raw: text });
const lit = (text: string): Token => ({ lit: text });

/** `a,b,c` or `a.b.c`: content joined by a delimiter. */
function joined(parts: readonly string[], delimiter: string): Token[] {
  return parts.flatMap((part, index) => (index === 0 ? [raw(part)] : [lit(delimiter), raw(part)]));
}

/** Object entries as `k,v,k2,v2` (`between` for both) or `k=v,k2=v2` (explode). */
function entryTokens(entries: [string, string][], explode: boolean, between: string): Token[] {
  if (!explode) return joined(entries.flat(), between);
  return entries.flatMap(([key, item], index) => [
    ...(index === 0 ? [] : [lit(between)]),
    raw(key),
    lit('='),
    raw(item),
  ]);
}

function simple(shape: Shape, explode: boolean, between = ','): Token[] {
  if (shape.kind === 'scalar') return [raw(shape.text)];
  if (shape.kind === 'array') return joined(shape.items, between);
  return entryTokens(shape.entries, explode, between);
}

function matrix(name: string, shape: Shape, explode: boolean): Token[] {
  const assign = (key: string, text: string): Token[] =>
    text === '' ? [lit(';'), raw(key)] : [lit(';'), raw(key), lit('='), raw(text)];
  if (shape.kind === 'scalar') return assign(name, shape.text);
  if (shape.kind === 'array' && explode) return shape.items.flatMap((item) => assign(name, item));
  if (shape.kind === 'object' && explode) return shape.entries.flatMap(([key, item]) => assign(key, item));
  return [lit(';'), raw(name), lit('='), ...simple(shape, false)];
}

function textTokens(name: string, shape: Shape, style: ParameterStyle): Token[] | undefined {
  switch (style.style) {
    case 'simple':
      return simple(shape, style.explode);
    case 'label':
      return [lit('.'), ...simple(shape, style.explode, style.explode ? '.' : ',')];
    case 'matrix':
      return matrix(name, shape, style.explode);
    case 'form':
      // Cookies: one `name=value` each, so only what fits in one value.
      return style.explode && shape.kind !== 'scalar' ? undefined : simple(shape, false);
    default:
      return undefined;
  }
}

function queryPairs(name: string, shape: Shape, style: ParameterStyle): Pair[] | undefined {
  const one = (value: Token[]): Pair[] => [{ name, value }];
  const { explode } = style;
  switch (style.style) {
    case 'form':
      if (shape.kind === 'scalar' || !explode) return one(simple(shape, false));
      if (shape.kind === 'array') return shape.items.map((item) => ({ name, value: [raw(item)] }));
      return shape.entries.map(([key, item]) => ({ name: key, value: [raw(item)] }));
    case 'spaceDelimited':
      return shape.kind === 'scalar' || explode ? undefined : one(simple(shape, false, ' '));
    case 'pipeDelimited':
      return shape.kind === 'scalar' || explode ? undefined : one(simple(shape, false, '|'));
    case 'deepObject':
      return shape.kind !== 'object'
        ? undefined
        : shape.entries.map(([key, item]) => ({ name: `${name}[${key}]`, value: [raw(item)] }));
    default:
      return undefined;
  }
}

/**
 * A parameter value written as its style says (OpenAPI 3 style table, RFC 6570 expansion): delimiters
 * kept apart from content so that content alone is percent-encoded. Undefined when the style cannot write
 * the value (a nested array, an exploded array in a cookie, deepObject of a primitive...).
 */
export function renderParameter(
  location: 'path' | 'query' | 'header' | 'cookie',
  name: string,
  value: unknown,
  style: ParameterStyle,
): Rendered | undefined {
  if (style.style === 'json') {
    const text = JSON.stringify(value);
    if (text === undefined) return undefined;
    return location === 'query'
      ? { kind: 'pairs', pairs: [{ name, value: [raw(text)] }] }
      : { kind: 'text', tokens: [raw(text)] };
  }
  const shape = shapeOf(value);
  if (shape === undefined) return undefined;
  if (location === 'query') {
    const pairs = queryPairs(name, shape, style);
    return pairs === undefined ? undefined : { kind: 'pairs', pairs };
  }
  const tokens = textTokens(name, shape, style);
  return tokens === undefined ? undefined : { kind: 'text', tokens };
}
