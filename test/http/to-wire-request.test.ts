import { describe, expect, it } from 'vitest';
import type { AuthMode } from '../../src/generate/types.ts';
import { toCurl } from '../../src/http/to-curl.ts';
import { toWireRequest } from '../../src/http/to-wire-request.ts';
import type { HttpClientOptions } from '../../src/http/types.ts';
import { makeCase } from './helpers.ts';

const TOKEN = 'fk-Secr3tT0ken_value.abcXYZ';
const FORBIDDEN = 'fk-F0rbiddenToken_value';
const options: HttpClientOptions = {
  baseUrl: 'http://127.0.0.1:9/api/',
  token: TOKEN,
  forbiddenToken: FORBIDDEN,
  timeoutMs: 1000,
  maxResponseBytes: 1024,
};

describe('toWireRequest: URL', () => {
  it('percent-encodes path parameters so they cannot change the path', () => {
    const requestCase = makeCase({ pathTemplate: '/a/{id}/keys', pathParams: { id: 'a/b%c d é😀?#' } });
    const { wire } = toWireRequest(requestCase, options);
    expect(wire.url).toBe('http://127.0.0.1:9/api/a/a%2Fb%25c%20d%20%C3%A9%F0%9F%98%80%3F%23/keys');
    expect(decodeURIComponent(wire.url.split('/')[5] ?? '')).toBe('a/b%c d é😀?#');
  });

  it('encodes dot segments and survives lone surrogates', () => {
    const dots = toWireRequest(makeCase({ pathTemplate: '/a/{id}', pathParams: { id: '..' } }), options);
    expect(dots.wire.url).toBe('http://127.0.0.1:9/api/a/%2E%2E');
    const lone = toWireRequest(makeCase({ pathTemplate: '/a/{id}', pathParams: { id: 'x\uD800' } }), options);
    expect(lone.wire.url).toBe('http://127.0.0.1:9/api/a/x%EF%BF%BD');
  });

  it('writes the query in form style, exploding arrays, and sends cookies', () => {
    const requestCase = makeCase({
      query: { tag: ['a b', 'c&d'], q: 'é' },
      cookies: { session: 'x y', b: '1' },
    });
    const { wire } = toWireRequest(requestCase, options);
    expect(wire.url).toBe('http://127.0.0.1:9/api/items?tag=a%20b&tag=c%26d&q=%C3%A9');
    expect(wire.headers.cookie).toBe('session=x%20y; b=1');
  });
});

describe('toWireRequest: bodies', () => {
  it('stringifies JSON bodies and counts UTF-8 bytes', () => {
    const { wire, recorded } = toWireRequest(
      makeCase({ body: { kind: 'json', value: { name: 'é' } } }),
      options,
    );
    expect(wire.body).toBe('{"name":"é"}');
    expect(recorded.bodyText).toBe('{"name":"é"}');
    expect(recorded.bodyBytes).toBe(13);
    expect(wire.headers['content-type']).toBe('application/json');
  });

  it('sends raw bodies as they are, with only their own content type', () => {
    const raw = { kind: 'raw' as const, text: '{"name":', note: 'truncated JSON' };
    const none = toWireRequest(makeCase({ body: raw }), options);
    expect(none.wire.body).toBe('{"name":');
    expect(Object.keys(none.wire.headers).map((name) => name.toLowerCase())).not.toContain('content-type');
    const typed = toWireRequest(makeCase({ body: { ...raw, contentType: 'text/plain' } }), options);
    expect(typed.wire.headers['content-type']).toBe('text/plain');
  });

  it('sends no body for kind none', () => {
    const { wire, recorded } = toWireRequest(makeCase({ body: { kind: 'none' }, headers: {} }), options);
    expect(wire.body).toBeUndefined();
    expect(recorded.bodyText).toBeUndefined();
    expect(recorded.bodyBytes).toBe(0);
  });
});

const AUTH_CASES: [AuthMode, string | undefined, string | undefined][] = [
  ['valid', `Bearer ${TOKEN}`, 'Bearer $CONTRACT_TOKEN'],
  ['none', undefined, undefined],
  ['empty-bearer', 'Bearer ', 'Bearer '],
  ['forbidden', `Bearer ${FORBIDDEN}`, 'Bearer $CONTRACT_FORBIDDEN_TOKEN'],
  ['scheme-lowercase', `bearer ${TOKEN}`, 'bearer $CONTRACT_TOKEN'],
  ['scheme-uppercase', `BEARER ${TOKEN}`, 'BEARER $CONTRACT_TOKEN'],
];

describe('toWireRequest: Authorization', () => {
  it.each(AUTH_CASES)('auth %s sends %s and records %s', (auth, wireValue, recordedValue) => {
    const { wire, recorded } = toWireRequest(makeCase({ auth }), options);
    expect(wire.headers.authorization).toBe(wireValue);
    expect(recorded.headers.authorization).toBe(recordedValue);
  });

  it('garbles the token: same length, never valid, never containing it', () => {
    const { wire, recorded } = toWireRequest(makeCase({ auth: 'garbled' }), options);
    const sent = wire.headers.authorization ?? '';
    expect(sent.startsWith('Bearer ')).toBe(true);
    expect(sent).not.toContain(TOKEN);
    expect(sent.length).toBe(`Bearer ${TOKEN}`.length);
    expect(recorded.headers.authorization).toContain('$CONTRACT_TOKEN');
  });

  it('sends a fixed unknown token', () => {
    const first = toWireRequest(makeCase({ auth: 'unknown' }), options).wire.headers.authorization;
    const second = toWireRequest(makeCase({ auth: 'unknown' }), options).wire.headers.authorization;
    expect(first).toBe(second);
    expect(first).toMatch(/^Bearer \S{16,}$/);
    expect(first).not.toContain(TOKEN);
  });

  it('never records a token, nor puts one in the curl command', () => {
    const modes: AuthMode[] = [...AUTH_CASES.map(([mode]) => mode), 'garbled', 'unknown'];
    for (const auth of modes) {
      const { recorded } = toWireRequest(
        makeCase({ auth, headers: { authorization: `Bearer ${TOKEN}` } }),
        options,
      );
      const text = JSON.stringify(recorded) + toCurl(recorded);
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(FORBIDDEN);
    }
  });

  it('sends the unknown token for forbidden without a forbidden token', () => {
    const { wire, recorded } = toWireRequest(makeCase({ auth: 'forbidden' }), {
      ...options,
      forbiddenToken: undefined,
    });
    expect(wire.headers.authorization).toBe(recorded.headers.authorization);
    expect(wire.headers.authorization).not.toContain(TOKEN);
  });
});
