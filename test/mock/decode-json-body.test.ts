import { describe, expect, it } from 'vitest';
import { decodeJsonBody, type DecodeConfig } from '../../src/mock/decode-json-body.ts';
import type { FaultName } from '../../src/mock/faults.ts';

const config = (faults: FaultName[] = []): DecodeConfig => ({
  mediaTypes: ['application/json'],
  faults: new Set(faults),
});
const JSON_TYPE = 'application/json';

/** `contentType` null sends no Content-Type header. */
function detail(bytes: Buffer | string, contentType: string | null = JSON_TYPE, faults: FaultName[] = []) {
  const decoded = decodeJsonBody(Buffer.from(bytes), true, contentType ?? undefined, config(faults));
  if (decoded.ok) return decoded;
  return { status: decoded.reply.status, detail: (decoded.reply.body as { detail: string }).detail };
}

describe('decodeJsonBody', () => {
  it('parses JSON under a declared media type, parameters allowed', () => {
    expect(detail('{"name":"a"}')).toEqual({ ok: true, value: { name: 'a' } });
    expect(detail('{"name":"a"}', 'application/json; charset=utf-8')).toEqual({
      ok: true,
      value: { name: 'a' },
    });
  });

  it('reads declared keys like the checks do: case, parameters and wildcards', () => {
    const declared = (mediaTypes: string[], header: string) =>
      decodeJsonBody(Buffer.from('{}'), true, header, { mediaTypes, faults: new Set() }).ok;
    expect(declared(['Application/JSON; charset=utf-8'], 'application/json')).toBe(true);
    expect(declared(['application/*'], 'application/merge-patch+json')).toBe(true);
    expect(declared(['text/plain', 'application/json'], 'APPLICATION/JSON')).toBe(true);
    expect(declared(['application/json'], 'application/problem+json')).toBe(false);
    expect(declared(['*/*'], 'not a media type')).toBe(false);
  });

  it('tells a missing body from an empty one', () => {
    expect(decodeJsonBody(Buffer.alloc(0), false, undefined, config())).toEqual({
      ok: true,
      value: undefined,
      absent: 'missing',
    });
    expect(detail('')).toEqual({ ok: true, value: undefined, absent: 'empty' });
    expect(detail(' \r\n\t')).toEqual({ ok: true, value: undefined, absent: 'empty' });
  });

  it('names each problem in a 400', () => {
    const failure = (...args: Parameters<typeof detail>) => {
      const outcome = detail(...args);
      return 'status' in outcome ? `${outcome.status} ${outcome.detail}` : 'accepted';
    };
    expect(failure('{"name":"a"}', null)).toMatch(/^400 the Content-Type header is missing/);
    expect(failure('{"name":"a"}', 'text/plain')).toMatch(
      /^400 the Content-Type "text\/plain" is not supported/,
    );
    expect(failure(Buffer.from([0x7b, 0xff, 0x7d]))).toBe('400 the request body is not valid UTF-8');
    expect(failure('{"name":')).toMatch(/^400 the request body is not valid JSON/);
  });

  it('bends as the decoding faults say', () => {
    expect(detail('{"name":', JSON_TYPE, ['malformed-json-500'])).toMatchObject({ status: 500 });
    expect(detail('{"name":"a"}', 'text/plain', ['any-content-type'])).toEqual({
      ok: true,
      value: { name: 'a' },
    });
    expect(detail('{"name":"a"}', null, ['any-content-type'])).toEqual({ ok: true, value: { name: 'a' } });
  });
});
