import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from '../../../src/check/_internals/is-json-media-type.ts';
import { mediaTypeMatches } from '../../../src/check/_internals/media-type-matches.ts';
import { mediaTypeOf } from '../../../src/check/_internals/media-type.ts';

describe('media types', () => {
  it('reduces a Content-Type to its lower-cased essence', () => {
    expect(mediaTypeOf('Application/JSON ; charset=UTF-8')).toBe('application/json');
    expect(mediaTypeOf('')).toBeUndefined();
    expect(mediaTypeOf(undefined)).toBeUndefined();
  });

  it('matches exact types and wildcards, ignoring declared parameters', () => {
    expect(mediaTypeMatches('application/json; charset=utf-8', 'application/json')).toBe(true);
    expect(mediaTypeMatches('application/*', 'application/problem+json')).toBe(true);
    expect(mediaTypeMatches('*/*', 'image/png')).toBe(true);
    expect(mediaTypeMatches('application/json', 'application/problem+json')).toBe(false);
    expect(mediaTypeMatches('text/*', 'application/json')).toBe(false);
  });

  it('knows JSON types, structured suffixes included', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('application/vnd.api+json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('text/plain')).toBe(false);
    expect(isJsonMediaType('application/jsonl')).toBe(false);
  });
});
