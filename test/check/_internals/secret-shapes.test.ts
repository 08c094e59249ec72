import { describe, expect, it } from 'vitest';
import { mintedShapeMatcher } from '../../../src/check/_internals/minted-shapes.ts';
import { operationSecretNames } from '../../../src/check/_internals/operation-secret-names.ts';
import { rawFieldValues } from '../../../src/check/_internals/raw-field-values.ts';
import { requestEcho } from '../../../src/check/_internals/request-echo.ts';
import { looksLikeToken, tokenRuns } from '../../../src/check/_internals/token-runs.ts';
import { apiKeyOperation, compiled, makeContext, makeExchange, makeOperation } from '../helpers.ts';

const minted = (...values: string[]) => new Map(values.map((value, index) => [value, `c${index}`]));

describe('mintedShapeMatcher', () => {
  it('matches the same prefix, alphabet and length, certain with a prefix', () => {
    const match = mintedShapeMatcher(minted('fk_Ab3_9zQ-xY7wV5uT4sR2qP1oN0mL8kJ6iH4gF2e'));
    expect(match('fk_Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1aQ9w')).toBe('certain');
    expect(match('fk_Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1aQ9')).toBeUndefined();
    expect(match('sk_Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1aQ9w')).toBeUndefined();
    expect(match('fk_Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1a+9w')).toBeUndefined();
  });

  it('keeps only the prefix all values share, and grows with the run', () => {
    const values = minted('ab_0123456789abcdef0123456789abcdef01');
    const before = mintedShapeMatcher(values);
    expect(before('zz_0123456789abcdef0123456789abcdef99')).toBeUndefined();
    values.set('cd_fedcba9876543210fedcba9876543210fe', 'c1');
    // Two prefixes for one length and alphabet: no prefix, and a hex run says too little to note.
    expect(mintedShapeMatcher(values)('zz_0123456789abcdef0123456789abcdef99')).toBeUndefined();
  });

  it('says nothing before the run has minted, or for short values', () => {
    expect(mintedShapeMatcher(minted())('fk_anything_at_all_123')).toBeUndefined();
    expect(mintedShapeMatcher(minted('abc123'))('xyz789')).toBeUndefined();
  });
});

describe('token runs', () => {
  it('finds runs of key characters, also between slashes', () => {
    expect(tokenRuns('see /keys/key_0123456789abcdef and "fk_AbCdEf123456"')).toEqual(
      expect.arrayContaining(['key_0123456789abcdef', 'fk_AbCdEf123456']),
    );
  });

  it('tells random runs from words and identifiers', () => {
    expect(looksLikeToken('fk_9c2e4b7a1d3f5e6c8b0a')).toBe(true);
    expect(looksLikeToken('Qm2Rv7Np4Lk9Zx81aB3cD5eF')).toBe(true);
    expect(looksLikeToken('createServiceAccountApiKey')).toBe(false);
    expect(looksLikeToken('aaaaaaaaaaaaaaaaaaaa1111')).toBe(false);
    expect(looksLikeToken('2026-12-04')).toBe(false);
  });
});

describe('rawFieldValues', () => {
  it('reads a field in any spacing, escaped, or cut short', () => {
    const values = (text: string) => rawFieldValues(text, ['value']).map(({ value }) => value);
    expect(values('{"value" :  "a\\"b"}')).toEqual(['a\\"b', 'a"b']);
    expect(values('{"value":"abc')).toEqual(['abc', 'abc']);
    expect(rawFieldValues('{"other":"abc"}', ['value'])).toEqual([]);
  });
});

describe('requestEcho', () => {
  it('finds a string in the body, the URL decoded or not, and the headers', () => {
    const exchange = makeExchange(undefined, {
      body: { kind: 'json', value: { name: 'say "hi"' } },
      pathParams: {},
      headers: { 'x-trace': 'trace-123' },
    });
    const echo = requestEcho({ ...exchange.request, url: 'http://h/keys/a%20b' });
    expect(echo('say "hi"')).toBe(true);
    expect(echo('a b')).toBe(true);
    expect(echo('trace-123')).toBe(true);
    expect(echo('elsewhere')).toBe(false);
  });
});

describe('operationSecretNames', () => {
  it('takes secret fields from 2xx schemas and writeOnly or password names from every schema', () => {
    expect([...operationSecretNames(makeContext(apiKeyOperation())).minted]).toEqual(['value']);
    const op = makeOperation([
      { status: '200', media: [{ mediaType: 'application/json', schema: { properties: { id: {} } } }] },
    ]);
    const request = { properties: { password: { type: 'string', format: 'password' } } };
    op.requestBody = {
      required: true,
      media: [{ mediaType: 'application/json', schema: compiled(request) }],
    };
    const names = operationSecretNames(makeContext(op));
    expect(names.minted.size).toBe(0);
    expect([...names.named]).toEqual(['password']);
  });
});
