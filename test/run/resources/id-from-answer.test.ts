import { describe, expect, it } from 'vitest';
import { idFromAnswer } from '../../../src/run/resources/id-from-answer.ts';

describe('idFromAnswer', () => {
  it('reads the id at the root: the parameter by name, else id', () => {
    expect(idFromAnswer({ id: 't1' }, 'thingId')).toBe('t1');
    expect(idFromAnswer({ thingId: 't2', id: 'other' }, 'thingId')).toBe('t2');
    expect(idFromAnswer({ id: 42 }, 'id')).toBe('42');
  });

  it('reads it one level down, in the property named like the parameter', () => {
    expect(idFromAnswer({ thing: { id: 't3' } }, 'thingId')).toBe('t3');
    expect(idFromAnswer({ account: { id: 'a' }, apiKey: { id: 'k' } }, 'keyId')).toBe('k');
    expect(idFromAnswer({ created: { id: 'only' } }, 'thingId')).toBe('only');
  });

  it('follows a link pointer, and finds nothing rather than guess', () => {
    expect(idFromAnswer({ widget: { key: 'w' } }, 'wkey', '/widget/key')).toBe('w');
    expect(idFromAnswer({ widget: { key: 'w' } }, 'wkey')).toBeUndefined();
    expect(idFromAnswer({ a: { id: '1' }, b: { id: '2' } }, 'thingId')).toBeUndefined();
    expect(idFromAnswer({ id: '' }, 'id')).toBeUndefined();
    expect(idFromAnswer([{ id: 'x' }], 'id')).toBeUndefined();
  });
});
