import { describe, expect, it } from 'vitest';
import { mediaTypeOf } from '../../src/mock/media-type.ts';

describe('mediaTypeOf', () => {
  it('keeps the essence, lower-cased, without parameters', () => {
    expect(mediaTypeOf('application/json')).toBe('application/json');
    expect(mediaTypeOf('Application/JSON; charset=UTF-8')).toBe('application/json');
    expect(mediaTypeOf(' application/json ;charset=utf-8')).toBe('application/json');
  });

  it('is undefined for a missing header or one that is not a media type', () => {
    for (const header of [undefined, '', 'json', 'application/', '/json', 'application/json/x', 'a b/c']) {
      expect(mediaTypeOf(header), String(header)).toBeUndefined();
    }
  });
});
