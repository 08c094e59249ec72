import { describe, expect, it } from 'vitest';
import { codePointLength, describeLengths, stringLengths } from '../../src/core/unicode.ts';

describe('stringLengths', () => {
  it('counts code points, UTF-16 units and UTF-8 bytes apart', () => {
    expect(stringLengths('😀'.repeat(128))).toEqual({ codePoints: 128, utf16Units: 256, utf8Bytes: 512 });
    expect(stringLengths('é')).toEqual({ codePoints: 1, utf16Units: 1, utf8Bytes: 2 });
    expect(stringLengths('e\u0301')).toEqual({ codePoints: 2, utf16Units: 2, utf8Bytes: 3 });
    expect(stringLengths('漢')).toEqual({ codePoints: 1, utf16Units: 1, utf8Bytes: 3 });
    expect(codePointLength('')).toBe(0);
  });

  it('describes lengths in words', () => {
    expect(describeLengths('a😀')).toBe('2 code points, 3 UTF-16 units, 5 UTF-8 bytes');
  });
});
