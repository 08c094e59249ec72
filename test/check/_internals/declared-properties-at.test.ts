import { describe, expect, it } from 'vitest';
import { declaredPropertiesAt } from '../../../src/check/_internals/declared-properties-at.ts';
import { compiled } from '../helpers.ts';

const schema = compiled({
  type: 'object',
  properties: { items: { type: 'array', items: { $ref: '#/$defs/Key' } }, apiKey: { $ref: '#/$defs/Key' } },
  $defs: {
    Key: { allOf: [{ $ref: '#/$defs/Base' }, { properties: { expiresAt: { type: 'number' } } }] },
    Base: { properties: { id: { type: 'string' }, name: { type: 'string' } } },
  },
});

describe('declaredPropertiesAt', () => {
  it('follows properties, items, $ref and allOf', () => {
    expect([...declaredPropertiesAt(schema, '/apiKey')].sort()).toEqual(['expiresAt', 'id', 'name']);
    expect([...declaredPropertiesAt(schema, '/items/3')].sort()).toEqual(['expiresAt', 'id', 'name']);
    expect([...declaredPropertiesAt(schema, '')].sort()).toEqual(['apiKey', 'items']);
  });

  it('is empty where the path cannot be followed', () => {
    expect(declaredPropertiesAt(schema, '/nope/x').size).toBe(0);
  });
});
