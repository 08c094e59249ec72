import { describe, expect, it } from 'vitest';
import {
  declaredMediaFor,
  isJsonMediaType,
  mediaTypeKey,
  mediaTypeMatches,
  mediaTypeOf,
} from '../../src/core/media-type.ts';

describe('mediaTypeOf', () => {
  it('keeps the essence, lower-cased, without parameters', () => {
    expect(mediaTypeOf('application/json')).toBe('application/json');
    expect(mediaTypeOf('Application/JSON; charset=UTF-8')).toBe('application/json');
    expect(mediaTypeOf(' application/json ;charset=utf-8')).toBe('application/json');
    expect(mediaTypeOf('Application/JSON ; charset=UTF-8')).toBe('application/json');
    expect(mediaTypeOf('\tapplication/problem+json;\tq=1; charset="utf-8"')).toBe('application/problem+json');
  });

  it('keeps wildcards of declared keys', () => {
    expect(mediaTypeOf('*/*')).toBe('*/*');
    expect(mediaTypeOf('Text/*; q=0.5')).toBe('text/*');
  });

  it('is undefined for a missing header or one that is not a media type', () => {
    for (const header of [
      undefined,
      '',
      ' ',
      ';charset=utf-8',
      'json',
      'application/',
      '/json',
      'application/json/x',
      'a b/c',
      'application/(json)',
      'applicätion/json',
    ]) {
      expect(mediaTypeOf(header), String(header)).toBeUndefined();
    }
  });
});

describe('mediaTypeMatches', () => {
  it('matches exact types and wildcards, ignoring declared parameters', () => {
    expect(mediaTypeMatches('application/json; charset=utf-8', 'application/json')).toBe(true);
    expect(mediaTypeMatches('application/*', 'application/problem+json')).toBe(true);
    expect(mediaTypeMatches('*/*', 'image/png')).toBe(true);
    expect(mediaTypeMatches('application/json', 'application/problem+json')).toBe(false);
    expect(mediaTypeMatches('text/*', 'application/json')).toBe(false);
  });

  it('ignores case, spaces and parameters on both sides', () => {
    expect(mediaTypeMatches('Application/JSON', 'application/json; charset=utf-8')).toBe(true);
    expect(mediaTypeMatches(' TEXT/* ', 'text/Plain;format=flowed')).toBe(true);
    expect(mediaTypeMatches('application/json', ' Application/Json ')).toBe(true);
  });

  it('matches nothing with a value that is not a media type', () => {
    expect(mediaTypeMatches('*/*', 'json')).toBe(false);
    expect(mediaTypeMatches('*/*', '')).toBe(false);
    expect(mediaTypeMatches('application json', 'application json')).toBe(false);
    expect(mediaTypeMatches('text/*', 'textual/plain')).toBe(false);
  });
});

describe('isJsonMediaType', () => {
  it('knows JSON types, structured suffixes included', () => {
    expect(isJsonMediaType('application/json')).toBe(true);
    expect(isJsonMediaType('application/vnd.api+json; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('text/plain')).toBe(false);
    expect(isJsonMediaType('application/jsonl')).toBe(false);
  });

  it('reads parameters, case and spaces like mediaTypeOf', () => {
    expect(isJsonMediaType(' Application/Problem+JSON ; charset=utf-8')).toBe(true);
    expect(isJsonMediaType('text/json')).toBe(true);
    expect(isJsonMediaType('application/x-ndjson')).toBe(false);
    expect(isJsonMediaType('application/json-patch')).toBe(false);
  });

  it('is false for what is not a media type', () => {
    for (const value of ['', 'json', '+json', 'application/', 'a b/json', '*/*']) {
      expect(isJsonMediaType(value), value).toBe(false);
    }
  });
});

describe('mediaTypeKey', () => {
  it('pairs the same declared key written with other case and spaces, parameters kept', () => {
    expect(mediaTypeKey('Application/JSON; charset=utf-8')).toBe(
      mediaTypeKey('application/json;charset=utf-8'),
    );
    expect(mediaTypeKey('application/json')).not.toBe(mediaTypeKey('application/json; charset=utf-8'));
  });
});

describe('declaredMediaFor', () => {
  const declared = ['*/*', 'application/*', 'Application/JSON; charset=utf-8', 'text/plain'].map(
    (mediaType) => ({
      mediaType,
    }),
  );

  it('picks the most specific declared key, whatever the order of the document', () => {
    expect(declaredMediaFor(declared, 'application/json')?.mediaType).toBe('Application/JSON; charset=utf-8');
    expect(declaredMediaFor(declared, 'APPLICATION/problem+json; q=1')?.mediaType).toBe('application/*');
    expect(declaredMediaFor(declared, 'image/png')?.mediaType).toBe('*/*');
    expect(declaredMediaFor(declared, 'text/plain')?.mediaType).toBe('text/plain');
  });

  it('picks nothing for a missing or invalid type, or one nothing declared covers', () => {
    expect(declaredMediaFor(declared, undefined)).toBeUndefined();
    expect(declaredMediaFor(declared, 'json')).toBeUndefined();
    expect(declaredMediaFor([{ mediaType: 'text/*' }], 'image/png')).toBeUndefined();
  });
});
