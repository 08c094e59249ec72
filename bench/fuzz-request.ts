import { percentEncode } from '../src/core/percent-encode.ts';

/** One fuzzed request, as sent: the path is the raw request target. */
export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FuzzTargets {
  /** Operation path templates, `{name}` for parameters. */
  templates: string[];
  documentPath: string;
  tokens: string[];
  /** Path parameter values the server knows (an existing account): most requests use one. */
  pathValues: string[];
}

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const integer = (random: Random, max: number): number => Math.floor(random() * (max + 1));

const ALPHABETS = ['abcXYZ019-_', 'é😀ß中\u0000\u001f"\\/', ' \t%.~!*'];

function text(random: Random, maxLength: number): string {
  const alphabet = [...pick(random, ALPHABETS)];
  return Array.from({ length: integer(random, maxLength) }, () => pick(random, alphabet)).join('');
}

const METHODS = ['POST', 'POST', 'POST', 'POST', 'GET', 'GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];

function path(random: Random, targets: FuzzTargets): string {
  const roll = random();
  if (roll < 0.1) return targets.documentPath;
  if (roll < 0.2) {
    const junk = pick(random, ['/', '/nope', '/api/v0', `/${text(random, 40)}`, `/x/${'a'.repeat(5000)}`]);
    return junk.split('/').map(percentEncode).join('/');
  }
  const template = pick(random, targets.templates);
  const value = (): string =>
    random() < 0.7 ? pick(random, targets.pathValues) : percentEncode(text(random, 20) || 'x');
  const filled = template.replace(/\{[^}]+\}/g, value);
  return roll < 0.25 ? `${filled}${pick(random, ['/extra', '/', '?q=1&q=2', '?x=%FF'])}` : filled;
}

function authorization(random: Random, targets: FuzzTargets): string | undefined {
  return pick(random, [
    ...targets.tokens.map((token) => `Bearer ${token}`),
    `Bearer ${targets.tokens[0] ?? ''}`,
    undefined,
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    `Bearer ${'x'.repeat(8000)}`,
    `bearer ${targets.tokens[0] ?? ''}`,
  ]);
}

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'application/merge-patch+json',
  'multipart/form-data; boundary=x',
  undefined,
];

/** JSON bodies, valid and not: wrong types, bounds, extra members, broken text, deep nesting, huge fields. */
function body(random: Random): string | undefined {
  const name = (): unknown =>
    pick(random, [text(random, 128), '', 'x'.repeat(129), 'y'.repeat(100_000), 42, null, ['a'], { a: 1 }]);
  const expiresAt = (): unknown => pick(random, [4_102_444_800_000, 0, -1, 1.5, '123', null, 2 ** 60]);
  const object = (): Record<string, unknown> => {
    const value: Record<string, unknown> = {};
    if (random() < 0.9) value.name = name();
    if (random() < 0.4) value.expiresAt = expiresAt();
    if (random() < 0.1) value[text(random, 10) || 'extra'] = text(random, 10);
    return value;
  };
  return pick(random, [
    () => JSON.stringify(object()),
    () => JSON.stringify(object()),
    () => JSON.stringify(object()),
    () => JSON.stringify([object()]),
    () => pick(random, ['', 'null', '{', '{"name":', '{"name":"a","name":"b"}', '\u0000\xff', '[]', '"x"']),
    () => `${'['.repeat(5000)}${']'.repeat(5000)}`,
    () => undefined,
  ])();
}

/** Extra headers a client may send: noise, a long value, a content encoding the body does not have. */
function extraHeaders(random: Random): Record<string, string> {
  const headers: Record<string, string> = {};
  if (random() < 0.2) headers[`x-fuzz-${integer(random, 9)}`] = 'v'.repeat(integer(random, 4000));
  if (random() < 0.05) headers['content-encoding'] = pick(random, ['gzip', 'br', 'identity']);
  if (random() < 0.1)
    headers.accept = pick(random, ['text/html', 'application/xml', '*/*', 'application/json']);
  return headers;
}

/** A request the document calls valid, so success answers are exercised too (their bodies judged). */
function validRequest(random: Random, targets: FuzzTargets): FuzzRequest {
  const template = pick(random, targets.templates);
  const value: Record<string, unknown> = { name: `fuzz ${text(random, 100) || 'n'}`.slice(0, 128) };
  if (random() < 0.5) value.expiresAt = 4_102_444_800_000;
  return {
    method: 'POST',
    path: template.replace(/\{[^}]+\}/g, () => pick(random, targets.pathValues)),
    headers: { authorization: `Bearer ${targets.tokens[0] ?? ''}`, 'content-type': 'application/json' },
    body: JSON.stringify(value),
  };
}

/** The request number `index` of a fuzz run with `seed`: the same for the same pair, whatever the order. */
export function fuzzRequest(seed: number, index: number, targets: FuzzTargets): FuzzRequest {
  const random = seededRandom(seed * 1_000_003 + index);
  if (random() < 0.25) return validRequest(random, targets);
  const method = pick(random, METHODS);
  const headers = extraHeaders(random);
  const auth = authorization(random, targets);
  if (auth !== undefined) headers.authorization = auth;
  const request: FuzzRequest = { method, path: path(random, targets), headers };
  if (method === 'GET' || method === 'HEAD') return request;
  const type = pick(random, CONTENT_TYPES);
  if (type !== undefined) headers['content-type'] = type;
  const sent = body(random);
  if (sent !== undefined) request.body = sent;
  return request;
}
