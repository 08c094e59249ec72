import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactJson, parseExactJson } from '../../src/http/exact-json.ts';
import type { ReceivedResponse } from '../../src/http/types.ts';

const response = (bodyText: string): ReceivedResponse => ({
  status: 201,
  headers: {},
  bodyText,
  bodyBytes: bodyText.length,
  truncated: false,
  json: { ok: true, value: JSON.parse(bodyText) as unknown },
});

describe('parseExactJson', () => {
  it('keeps the digits of integers past 2^53 (JSON.parse rounds them)', () => {
    const text = '{"id":9007199254740993,"n":[-9223372036854775807,1],"x":1.5,"s":"9007199254740993"}';
    expect((JSON.parse(text) as { id: number }).id).toBe(9007199254740992);
    expect(parseExactJson(text)).toEqual({
      id: 9007199254740993n,
      n: [-9223372036854775807n, 1],
      x: 1.5,
      s: '9007199254740993',
    });
  });

  it('leaves safe integers, fractions, exponents and digits inside strings alone', () => {
    const text =
      '{"a":9007199254740991,"b":12345678901234567.5,"c":1e20,"d":"x\\"12345678901234567890","e":[]}';
    expect(parseExactJson(text)).toEqual(JSON.parse(text));
  });

  it('is JSON.parse for any JSON, but for its BigInts', () => {
    const rounded = (value: unknown): unknown =>
      typeof value === 'bigint'
        ? Number(value)
        : Array.isArray(value)
          ? value.map(rounded)
          : typeof value === 'object' && value !== null
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
            : value;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(rounded(parseExactJson(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the exact digits of any int64', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (id) => {
        const parsed = parseExactJson(`{"pet":{"id":${id}}}`) as { pet: { id: unknown } };
        expect(String(parsed.pet.id)).toBe(String(id));
      }),
    );
  });

  it('is undefined for text that is not JSON', () => {
    expect(parseExactJson('{"id":9007199254740993')).toBeUndefined();
  });
});

describe('exactJson', () => {
  it('is the parsed body itself when no integer can be past 2^53', () => {
    const answer = response('{"id":42}');
    expect(exactJson(answer)).toBe(answer.json?.ok === true ? answer.json.value : 'no json');
  });

  it('is the exact body otherwise, and undefined without JSON', () => {
    expect(exactJson(response('{"id":9007199254740993}'))).toEqual({ id: 9007199254740993n });
    expect(exactJson(undefined)).toBeUndefined();
    expect(exactJson({ ...response('{}'), json: { ok: false, error: 'x' } })).toBeUndefined();
  });
});
