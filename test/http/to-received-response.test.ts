import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, toReceivedResponse } from '../../src/http/to-received-response.ts';

const receive = (text: string, extra: { truncated?: boolean; decodeError?: string } = {}) =>
  toReceivedResponse(
    200,
    { 'Content-Type': 'application/json' },
    { bytes: Buffer.from(text), truncated: false, ...extra },
  );

describe('toReceivedResponse: limits', () => {
  it('parses a body nested exactly to the limit', () => {
    const text = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(receive(text).json?.ok).toBe(true);
  });

  it('does not parse a body nested deeper, and says why', () => {
    const depth = MAX_JSON_DEPTH + 1;
    expect(receive('['.repeat(depth) + ']'.repeat(depth)).json).toEqual({
      ok: false,
      error: `nesting deeper than ${MAX_JSON_DEPTH} levels: not parsed`,
    });
  });

  it('does not parse a cut body, even when its prefix is valid JSON', () => {
    const response = receive('12345', { truncated: true });
    expect(response.truncated).toBe(true);
    expect(response.json).toEqual({
      ok: false,
      error: 'body over the size limit, cut at 5 bytes: not parsed',
    });
  });

  it('keeps a decoding failure as evidence', () => {
    expect(receive('x', { decodeError: 'incorrect header check' }).decodeError).toBe(
      'incorrect header check',
    );
    expect(receive('{}').decodeError).toBeUndefined();
  });
});
