import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { AuthMode, CaseScheme } from '../../src/generate/types.ts';
import { credentialSecrets } from '../../src/http/credential-secrets.ts';
import { garbleToken } from '../../src/http/garble-token.ts';
import { placeholderCredentials } from '../../src/http/placeholder-credentials.ts';
import { UNKNOWN_TOKEN } from '../../src/http/placeholders.ts';
import { shellWord } from '../../src/http/shell-word.ts';
import { toCurl } from '../../src/http/to-curl.ts';
import { toWireRequest } from '../../src/http/to-wire-request.ts';
import type { HttpClientOptions } from '../../src/http/types.ts';
import { makeCase } from './helpers.ts';

const KEY = 'k3y-Secret_0123456789';
const BASIC = 'alice:s3cret-Passw0rd';
const READONLY = 'k3y-ReadOnly_987654';

const options: HttpClientOptions = {
  baseUrl: 'http://127.0.0.1:9',
  token: 'tok-Bearer_0123456789',
  timeoutMs: 1000,
  maxResponseBytes: 1024,
  credentials: {
    header: {
      valid: { value: KEY, placeholder: '$CONTRACT_AUTH_HEADER' },
      forbidden: { value: READONLY, placeholder: '$CONTRACT_AUTH_HEADER_FORBIDDEN' },
    },
    query: { valid: { value: KEY, placeholder: '$CONTRACT_AUTH_QUERY' } },
    cookie: { valid: { value: KEY, placeholder: '$CONTRACT_AUTH_COOKIE' } },
    basic: { valid: { value: BASIC, placeholder: '$CONTRACT_AUTH_BASIC' } },
  },
};

const SCHEMES = {
  header: { key: 'header', placement: { kind: 'header', name: 'X-API-Key' } },
  query: { key: 'query', placement: { kind: 'query', name: 'api_key' } },
  cookie: { key: 'cookie', placement: { kind: 'cookie', name: 'sid' } },
  basic: { key: 'basic', placement: { kind: 'basic' } },
  bearer: { key: 'bearer', placement: { kind: 'bearer' } },
} satisfies Record<string, CaseScheme>;

function send(scheme: CaseScheme, auth: AuthMode, extra: Parameters<typeof makeCase>[0] = {}) {
  return toWireRequest(
    makeCase({ auth, credentials: { schemes: [scheme], fault: scheme.key }, ...extra }),
    options,
  );
}

const base64 = (text: string): string => Buffer.from(text).toString('base64');

describe('credentials where their scheme puts them', () => {
  it('sends an apiKey in its header, its query parameter or its cookie, recorded as a placeholder', () => {
    const header = send(SCHEMES.header, 'valid');
    expect(header.wire.headers['x-api-key']).toBe(KEY);
    expect(header.recorded.headers['x-api-key']).toBe('$CONTRACT_AUTH_HEADER');
    const query = send(SCHEMES.query, 'valid', { query: { a: '1' } });
    expect(query.wire.url).toBe(`http://127.0.0.1:9/items?a=1&api_key=${KEY}`);
    expect(query.recorded.url).toBe('http://127.0.0.1:9/items?a=1&api_key=$CONTRACT_AUTH_QUERY');
    const cookie = send(SCHEMES.cookie, 'valid', { cookies: { b: '2' } });
    expect(cookie.wire.headers.cookie).toBe(`b=2; sid=${KEY}`);
    expect(cookie.recorded.headers.cookie).toBe('b=2; sid=$CONTRACT_AUTH_COOKIE');
  });

  it('sends HTTP Basic base64-encoded, recorded as a shell expression that encodes the variable', () => {
    const { wire, recorded } = send(SCHEMES.basic, 'valid');
    expect(wire.headers.authorization).toBe(`Basic ${base64(BASIC)}`);
    expect(recorded.headers.authorization).toBe(
      `Basic $(printf %s "$CONTRACT_AUTH_BASIC" | base64 | tr -d '\\n')`,
    );
  });

  it('falls back to CONTRACT_TOKEN for a bearer scheme without its own credential', () => {
    const { wire, recorded } = send(SCHEMES.bearer, 'scheme-lowercase');
    expect(wire.headers.authorization).toBe('bearer tok-Bearer_0123456789');
    expect(recorded.headers.authorization).toBe('bearer $CONTRACT_TOKEN');
  });

  it.each([
    ['none', undefined],
    ['empty', ''],
    ['unknown', UNKNOWN_TOKEN],
    ['forbidden', READONLY],
    ['garbled', garbleToken(KEY).value],
  ] as const)('sends mode %s as %s', (auth, value) => {
    expect(send(SCHEMES.header, auth).wire.headers['x-api-key']).toBe(value);
  });

  it('garbles Basic credentials before encoding them, and sends an unknown user', () => {
    const garbled = send(SCHEMES.basic, 'garbled').wire.headers.authorization ?? '';
    expect(garbled).toBe(`Basic ${base64(garbleToken(BASIC).value)}`);
    const unknown = Buffer.from(
      send(SCHEMES.basic, 'unknown').wire.headers.authorization?.slice(6) ?? '',
      'base64',
    );
    expect(unknown.toString()).toMatch(/^[^:]+:.{16,}$/);
    expect(send(SCHEMES.basic, 'empty').wire.headers.authorization).toBe('Basic ');
  });

  it('sends the other schemes of the set valid, and only the faulted one wrong', () => {
    const requestCase = makeCase({
      auth: 'none',
      credentials: { schemes: [SCHEMES.header, SCHEMES.basic], fault: 'header' },
    });
    const { wire } = toWireRequest(requestCase, options);
    expect(wire.headers['x-api-key']).toBeUndefined();
    expect(wire.headers.authorization).toBe(`Basic ${base64(BASIC)}`);
  });

  it('owns its places: a declared or replayed value there is replaced, not sent twice', () => {
    const requestCase = makeCase({
      credentials: { schemes: [SCHEMES.header, SCHEMES.query, SCHEMES.cookie] },
      pathTemplate: '/items?api_key=$CONTRACT_AUTH_QUERY&x=1',
      headers: { 'X-Api-Key': '$CONTRACT_AUTH_HEADER', cookie: 'a=1; sid=$CONTRACT_AUTH_COOKIE' },
    });
    const { wire } = toWireRequest(requestCase, options);
    expect(wire.url).toBe(`http://127.0.0.1:9/items?x=1&api_key=${KEY}`);
    expect(Object.entries(wire.headers).filter(([name]) => name.toLowerCase() === 'x-api-key')).toEqual([
      ['x-api-key', KEY],
    ]);
    expect(wire.headers.cookie).toBe(`a=1; sid=${KEY}`);
  });

  it('never records a credential, nor puts one in the curl command', () => {
    const modes: AuthMode[] = ['valid', 'none', 'empty', 'garbled', 'unknown', 'forbidden'];
    for (const scheme of Object.values(SCHEMES))
      for (const auth of modes) {
        const { recorded } = send(scheme, auth);
        const text = JSON.stringify(recorded) + toCurl(recorded);
        for (const secret of [
          ...credentialSecrets(KEY, scheme.placement),
          ...credentialSecrets(BASIC, { kind: 'basic' }),
        ])
          expect(text).not.toContain(secret);
      }
  });
});

describe('shellWord', () => {
  it('lets the shell expand the recorded credentials, and nothing else', () => {
    const url = `http://h/a?x='$HOME'&k=$CONTRACT_AUTH_QUERY&g=$(printf %s "$CONTRACT_AUTH_QUERY" | tr 'a' 'b')`;
    const echoed = execFileSync('sh', ['-c', `printf %s ${shellWord(url)}`], {
      env: { CONTRACT_AUTH_QUERY: 'val-a', PATH: process.env.PATH },
    }).toString();
    expect(echoed).toBe(`http://h/a?x='$HOME'&k=val-a&g=vbl-b`);
  });

  it('expands a recorded Basic credential to what was sent', () => {
    const { recorded, wire } = send(SCHEMES.basic, 'garbled');
    const value = recorded.headers.authorization ?? '';
    const echoed = execFileSync('sh', ['-c', `printf %s ${shellWord(value)}`], {
      env: { CONTRACT_AUTH_BASIC: BASIC, PATH: process.env.PATH },
    }).toString();
    expect(echoed).toBe(wire.headers.authorization);
  });
});

describe('credentialSecrets', () => {
  it('lists every form a request may carry', () => {
    expect(credentialSecrets(BASIC, { kind: 'basic' })).toEqual(
      expect.arrayContaining([
        BASIC,
        garbleToken(BASIC).value,
        base64(BASIC),
        base64(garbleToken(BASIC).value),
        's3cret-Passw0rd',
      ]),
    );
    expect(credentialSecrets(KEY, { kind: 'header', name: 'k' })).toEqual([KEY, garbleToken(KEY).value]);
  });
});

describe('placeholderCredentials', () => {
  it('shows where each non-bearer credential goes, as its placeholder', () => {
    const requestCase = makeCase({ credentials: { schemes: [SCHEMES.query, SCHEMES.bearer] } });
    const { recorded } = toWireRequest(requestCase, {
      ...options,
      token: '$CONTRACT_TOKEN',
      credentials: placeholderCredentials(requestCase),
    });
    expect(recorded.url).toBe('http://127.0.0.1:9/items?api_key=$CONTRACT_AUTH_QUERY');
    expect(recorded.headers.authorization).toBe('Bearer $CONTRACT_TOKEN');
  });
});
