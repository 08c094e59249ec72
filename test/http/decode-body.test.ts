import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/http/decode-body.ts';

const TEXT = Buffer.from('{"name":"é😀"}'.repeat(100));
const body = (bytes: Buffer, truncated = false) => ({ bytes, truncated });

describe('decodeBody', () => {
  it.each([
    ['gzip', gzipSync(TEXT)],
    ['x-gzip', gzipSync(TEXT)],
    ['deflate', deflateSync(TEXT)],
    ['deflate', deflateRawSync(TEXT)],
    ['br', brotliCompressSync(TEXT)],
    ['GZIP', gzipSync(TEXT)],
    ['gzip, br', brotliCompressSync(gzipSync(TEXT))],
    ['identity', TEXT],
    [undefined, TEXT],
  ])('undoes %s', async (encoding, bytes) => {
    expect(await decodeBody(body(bytes), encoding, 1 << 20)).toEqual({ bytes: TEXT, truncated: false });
  });

  it('stops inflating at the cap and says the body was cut', async () => {
    const bomb = gzipSync(Buffer.alloc(64 << 20));
    const decoded = await decodeBody(body(bomb), 'gzip', 1000);
    expect(decoded).toEqual({ bytes: Buffer.alloc(1000), truncated: true });
  });

  it('keeps what a stream cut on the wire decodes to, still marked cut', async () => {
    const compressed = gzipSync(TEXT);
    const decoded = await decodeBody(
      body(compressed.subarray(0, compressed.length - 20), true),
      'gzip',
      1 << 20,
    );
    expect(decoded.truncated).toBe(true);
    expect(decoded.decodeError).toBeUndefined();
    expect(TEXT.subarray(0, decoded.bytes.length).equals(decoded.bytes)).toBe(true);
  });

  it('leaves a body it cannot decode as received, saying why', async () => {
    const broken = await decodeBody(body(TEXT), 'gzip', 1 << 20);
    expect(broken.bytes).toEqual(TEXT);
    expect(broken.truncated).toBe(false);
    expect(broken.decodeError).toMatch(/header/i);
    const unknown = await decodeBody(body(TEXT), 'zstd', 1 << 20);
    expect(unknown).toEqual({
      bytes: TEXT,
      truncated: false,
      decodeError: 'unsupported content-encoding zstd',
    });
  });

  it('leaves an empty body alone', async () => {
    expect(await decodeBody(body(Buffer.alloc(0)), 'gzip', 10)).toEqual({
      bytes: Buffer.alloc(0),
      truncated: false,
    });
  });
});
