import { describe, expect, it } from 'vitest';
import { fromPointer, getAtPointer, toPointer } from '../../src/core/json-pointer.ts';

describe('JSON pointers', () => {
  it('round-trips segments with / and ~', () => {
    const segments = ['paths', '/api/v0/{id}', 'post', 'a~b'];
    expect(toPointer(segments)).toBe('/paths/~1api~1v0~1{id}/post/a~0b');
    expect(fromPointer(toPointer(segments))).toEqual(segments);
    expect(fromPointer('#/a/b')).toEqual(['a', 'b']);
    expect(fromPointer('')).toEqual([]);
  });

  it('reads a value, or undefined past a missing segment', () => {
    const doc = { a: { 'b/c': [1, { d: 2 }] } };
    expect(getAtPointer(doc, '/a/b~1c/1/d')).toBe(2);
    expect(getAtPointer(doc, '/a/x/y')).toBeUndefined();
    expect(getAtPointer(doc, '')).toBe(doc);
  });
});
