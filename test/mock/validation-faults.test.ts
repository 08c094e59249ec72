import { describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/mock/faults.ts';
import {
  coerceNumericStrings,
  isForgiven,
  validateCountingLengths,
} from '../../src/mock/validation-faults.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';

/** The fixture's request body, translated to 2020-12 as the schema layer does. */
const schema = compiledSchemaFor({
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 128 },
    expiresAt: { type: 'integer', exclusiveMinimum: 0 },
  },
  required: ['name'],
  additionalProperties: false,
});

function accepted(body: unknown, ...faults: FaultName[]): boolean {
  const set = new Set(faults);
  const input = set.has('string-expiry') ? coerceNumericStrings(schema, body) : body;
  return validateCountingLengths(schema, input, set).filter((e) => !isForgiven(e, input, set)).length === 0;
}

const emoji = '😀';

describe('validation faults', () => {
  it('change nothing when absent', () => {
    expect(accepted({ name: emoji.repeat(128) })).toBe(true);
    for (const body of [
      { name: 'a'.repeat(129) },
      { name: 'a', expiresAt: 0 },
      { name: 'a', expiresAt: 1.5 },
    ]) {
      expect(accepted(body)).toBe(false);
    }
    expect(accepted({ name: 'a', expiresAt: '5' })).toBe(false);
  });

  it('each forgive or invent exactly the errors they name', () => {
    expect(accepted({ name: 'a'.repeat(129) }, 'no-max-length')).toBe(true);
    expect(accepted({ name: '' }, 'no-max-length')).toBe(false);
    expect(accepted({ name: emoji.repeat(64) }, 'utf16-length')).toBe(true);
    expect(accepted({ name: emoji.repeat(65) }, 'utf16-length')).toBe(false);
    expect(accepted({ name: emoji.repeat(32) }, 'utf8-length')).toBe(true);
    expect(accepted({ name: emoji.repeat(33) }, 'utf8-length')).toBe(false);
    expect(accepted({ name: 'a', expiresAt: 0 }, 'inclusive-expiry')).toBe(true);
    expect(accepted({ name: 'a', expiresAt: -1 }, 'inclusive-expiry')).toBe(false);
    expect(accepted({ name: 'a', expiresAt: 1.5 }, 'float-expiry')).toBe(true);
    expect(accepted({ name: 'a', expiresAt: '1.5' }, 'float-expiry')).toBe(false);
    expect(accepted({ name: 'a', expiresAt: '5' }, 'string-expiry')).toBe(true);
    expect(accepted({ name: 'a', expiresAt: '-5' }, 'string-expiry')).toBe(false);
    expect(accepted({ name: 'a', extra: 1 }, 'extra-properties-accepted')).toBe(true);
    expect(accepted({}, 'missing-name-accepted')).toBe(true);
    expect(accepted({ name: 1 }, 'missing-name-accepted')).toBe(false);
  });

  it('coerces a copy, leaving the body as it came', () => {
    const body = { name: 'a', expiresAt: '5' };
    expect(coerceNumericStrings(schema, body)).toEqual({ name: 'a', expiresAt: 5 });
    expect(body.expiresAt).toBe('5');
  });
});
