import { describe, expect, it } from 'vitest';
import { effectiveBaseUrl } from '../../src/spec/effective-base-url.ts';

const BASE = 'http://127.0.0.1:8080';

function url(baseUrl: string, servers: unknown[]): string {
  return effectiveBaseUrl(baseUrl, servers).url;
}

describe('effectiveBaseUrl: relative server URLs', () => {
  it.each([
    ['/v1', `${BASE}/v1`],
    ['/v1/', `${BASE}/v1`],
    ['./v1', `${BASE}/v1`],
    ['v1', `${BASE}/v1`],
    ['../v1', `${BASE}/v1`],
    ['/api/v2', `${BASE}/api/v2`],
    ['/', BASE],
    ['', BASE],
    ['.', BASE],
  ])('%s -> %s', (server, expected) => {
    expect(url(BASE, [{ url: server }])).toBe(expected);
  });

  it('says what it appended', () => {
    expect(effectiveBaseUrl(BASE, [{ url: '/v1' }])).toEqual({ url: `${BASE}/v1`, appended: '/v1' });
    expect(effectiveBaseUrl(BASE, [{ url: '/' }])).toEqual({ url: BASE, appended: '' });
  });
});

describe('effectiveBaseUrl: absolute server URLs give their path, never their host', () => {
  it.each([
    ['https://api.example.com/v1', `${BASE}/v1`],
    ['https://api.example.com/v1/', `${BASE}/v1`],
    ['https://api.example.com', BASE],
    ['https://api.factory.ai/', BASE],
    ['http://api.example.com:9000/a/b?x=1#f', `${BASE}/a/b`],
    ['//api.example.com/v1', `${BASE}/v1`],
  ])('%s -> %s', (server, expected) => {
    expect(url(BASE, [{ url: server }])).toBe(expected);
  });

  it('leaves a base URL that already ends with the server path', () => {
    expect(url(`${BASE}/v1`, [{ url: 'https://api.example.com/v1' }])).toBe(`${BASE}/v1`);
    expect(url(`${BASE}/v1/`, [{ url: '/v1' }])).toBe(`${BASE}/v1`);
    expect(url(`${BASE}/gateway/api/v2`, [{ url: '/api/v2' }])).toBe(`${BASE}/gateway/api/v2`);
  });

  it('appends when the base path only looks like the server path', () => {
    expect(url(`${BASE}/xv1`, [{ url: '/v1' }])).toBe(`${BASE}/xv1/v1`);
    expect(url(`${BASE}/staging`, [{ url: '/v1' }])).toBe(`${BASE}/staging/v1`);
  });
});

describe('effectiveBaseUrl: server variables', () => {
  it('takes each variable at its default', () => {
    const server = {
      url: '{scheme}://{host}:{port}/{basePath}/{version}',
      variables: {
        scheme: { default: 'https', enum: ['https', 'http'] },
        host: { default: 'api.example.com' },
        port: { default: '443' },
        basePath: { default: 'api' },
        version: { default: 'v3', enum: ['v2', 'v3'] },
      },
    };
    expect(url(BASE, [server])).toBe(`${BASE}/api/v3`);
  });

  it('falls back to the first enum value, then to nothing, for a variable without a default', () => {
    expect(url(BASE, [{ url: '/{v}', variables: { v: { enum: ['v9'] } } }])).toBe(`${BASE}/v9`);
    expect(url(BASE, [{ url: '/api/{v}', variables: {} }])).toBe(`${BASE}/api`);
    expect(url(BASE, [{ url: '/api/{v}' }])).toBe(`${BASE}/api`);
  });

  it('uses a relative URL made of variables', () => {
    expect(url(BASE, [{ url: '{prefix}', variables: { prefix: { default: '/v1' } } }])).toBe(`${BASE}/v1`);
  });
});

describe('effectiveBaseUrl: what is not a usable server', () => {
  it('ignores no servers, a server without a url, and anything not a Server Object', () => {
    expect(url(BASE, [])).toBe(BASE);
    expect(url(BASE, [{ description: 'no url' }])).toBe(BASE);
    expect(url(BASE, ['/v1', null])).toBe(BASE);
  });

  it('applies the first server only', () => {
    expect(url(BASE, [{ url: '/v1' }, { url: '/v2' }])).toBe(`${BASE}/v1`);
  });

  it('ignores an absolute server URL that cannot be parsed', () => {
    expect(url(BASE, [{ url: 'https://exa mple.com:99999/v1' }])).toBe(BASE);
  });

  it('drops the trailing slash of the base URL', () => {
    expect(url(`${BASE}/`, [])).toBe(BASE);
  });
});
