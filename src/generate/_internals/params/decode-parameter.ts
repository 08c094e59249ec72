import type { ParameterStyle } from './parameter-style.ts';
import type { Pair, Rendered, Token } from './render-parameter.ts';

/** Texts a server reads from a parameter before converting types: one, a list, or by key. */
export type Texts = string | string[] | Record<string, string>;

/** What a server reads from a parameter: texts, or the value of a JSON (`content`) parameter. */
export type Received = { texts: Texts } | { json: unknown };

export type ExpectedShape = 'scalar' | 'array' | 'object';

const textOf = (tokens: readonly Token[]): string =>
  tokens.map((token) => ('lit' in token ? token.lit : token.raw)).join('');

/** Content holding a character the reader splits on would be read differently by different servers. */
function clean(tokens: readonly Token[], splitters: string): boolean {
  return tokens.every(
    (token) => !('raw' in token) || ![...splitters].some((char) => token.raw.includes(char)),
  );
}

function entries(parts: string[]): Record<string, string> | undefined {
  if (parts.length % 2 !== 0) return undefined;
  const out: Record<string, string> = {};
  for (let index = 0; index < parts.length; index += 2) out[parts[index] ?? ''] = parts[index + 1] ?? '';
  return out;
}

function keyValues(parts: string[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const part of parts) {
    const at = part.indexOf('=');
    if (at < 0) return undefined;
    out[part.slice(0, at)] = part.slice(at + 1);
  }
  return out;
}

/** simple, label and form (cookie) text read as the expected shape; `between` separates items. */
function readDelimited(
  text: string,
  expected: ExpectedShape,
  between: string,
  explode: boolean,
): Texts | undefined {
  if (expected === 'scalar') return text;
  const parts = text === '' ? [] : text.split(between);
  if (expected === 'array') return parts;
  return explode ? keyValues(parts) : entries(parts);
}

function readMatrix(
  name: string,
  text: string,
  expected: ExpectedShape,
  explode: boolean,
): Texts | undefined {
  if (!text.startsWith(';')) return undefined;
  const segments = text
    .slice(1)
    .split(';')
    .map((segment): [string, string] => {
      const at = segment.indexOf('=');
      return at < 0 ? [segment, ''] : [segment.slice(0, at), segment.slice(at + 1)];
    });
  if (expected === 'object' && explode) return Object.fromEntries(segments);
  const own = segments.filter(([key]) => key === name).map(([, value]) => value);
  if (own.length !== segments.length) return undefined;
  if (expected === 'array' && explode) return own;
  if (own.length !== 1) return undefined;
  return readDelimited(own[0] ?? '', expected, ',', false);
}

function splittersOf(style: ParameterStyle, expected: ExpectedShape): string {
  if (expected === 'scalar') return style.style === 'matrix' ? ';' : '';
  const between = style.style === 'label' && style.explode ? '.' : ',';
  const equals = expected === 'object' && style.explode ? '=' : '';
  return `${style.style === 'matrix' ? ';=,' : between}${equals}`;
}

/** A path, header or cookie value as the server reads it, or undefined when it would be read ambiguously. */
function readText(
  name: string,
  tokens: Token[],
  style: ParameterStyle,
  expected: ExpectedShape,
): Texts | undefined {
  if (!clean(tokens, splittersOf(style, expected))) return undefined;
  const text = textOf(tokens);
  switch (style.style) {
    case 'label':
      return text.startsWith('.')
        ? readDelimited(text.slice(1), expected, style.explode ? '.' : ',', style.explode)
        : undefined;
    case 'matrix':
      return readMatrix(name, text, expected, style.explode);
    default:
      return readDelimited(text, expected, ',', style.explode && style.style === 'simple');
  }
}

const QUERY_BETWEEN: Partial<Record<string, string>> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** A query parameter from its pairs, or undefined when absent or read ambiguously. */
function readPairs(
  name: string,
  pairs: Pair[],
  style: ParameterStyle,
  expected: ExpectedShape,
): Texts | undefined {
  if (style.style === 'deepObject') {
    const prefix = `${name}[`;
    if (
      expected !== 'object' ||
      !pairs.every((pair) => pair.name.startsWith(prefix) && pair.name.endsWith(']'))
    )
      return undefined;
    return Object.fromEntries(pairs.map((pair) => [pair.name.slice(prefix.length, -1), textOf(pair.value)]));
  }
  if (expected === 'object' && style.explode)
    return Object.fromEntries(pairs.map((pair) => [pair.name, textOf(pair.value)]));
  const own = pairs.filter((pair) => pair.name === name);
  if (own.length !== pairs.length || own.length === 0) return undefined;
  if (expected === 'array' && style.explode) return own.map((pair) => textOf(pair.value));
  const [only] = own;
  if (only === undefined || own.length > 1) return undefined;
  const between = QUERY_BETWEEN[style.style] ?? ',';
  if (!clean(only.value, expected === 'scalar' ? '' : between)) return undefined;
  return readDelimited(textOf(only.value), expected, between, false);
}

/**
 * What a server reads from a rendered parameter, given the shape its schema expects (a schema for an array
 * reads `a,b` as two items, one for a string as one text). Content is never split: a value whose content
 * holds a delimiter the reader splits on is undefined (servers that decode before splitting disagree).
 */
export function decodeParameter(
  name: string,
  rendered: Rendered,
  style: ParameterStyle,
  expected: ExpectedShape,
): Received | undefined {
  if (style.style === 'json') {
    const tokens = rendered.kind === 'text' ? rendered.tokens : (rendered.pairs[0]?.value ?? []);
    try {
      return { json: JSON.parse(textOf(tokens)) as unknown };
    } catch {
      return undefined;
    }
  }
  const texts =
    rendered.kind === 'text'
      ? readText(name, rendered.tokens, style, expected)
      : readPairs(name, rendered.pairs, style, expected);
  return texts === undefined ? undefined : { texts };
}

export { textOf };
