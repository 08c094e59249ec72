import { describe, expect, it } from 'vitest';
import { stringLengths } from '../../src/core/unicode.ts';
import { collectCoverage } from '../../src/generate/_internals/coverage/collect-coverage.ts';
import { coverageValues } from '../../src/generate/coverage-values.ts';
import type { CoverageValue } from '../../src/generate/types.ts';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';
import { KEYWORD_SCHEMAS, PINNED_BODY } from './keyword-schemas.ts';

const pinned = compiledSchemaFor(PINNED_BODY);

/** A member of an object value; undefined for the other values (the root's type confusions). */
function member(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function names(values: CoverageValue[], expect: CoverageValue['expect']): string[] {
  return values
    .filter((value) => value.expect === expect)
    .map((value) => member(value.value, 'name'))
    .filter((name): name is string => typeof name === 'string');
}

describe('coverageValues', () => {
  it.each(Object.keys(KEYWORD_SCHEMAS))('holds every expectation, each value once: %s', (name) => {
    const compiled = compiledSchemaFor(KEYWORD_SCHEMAS[name] ?? false);
    const values = coverageValues(compiled);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const errors = compiled.validate(value.value);
      if (value.expect === 'valid') expect(errors, value.note).toEqual([]);
      else expect(value.reason && failsOnlyFor(errors, value.reason), value.note).toBe(true);
      expect(value.note).not.toBe('');
    }
    const keys = values.map((value) => `${value.expect} ${JSON.stringify(value.value)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has 129 code points that Unicode normalisation (NFC) halves: a server counting normalised text is caught', () => {
    const values = coverageValues(pinned);
    const decomposed = (name: string) => name.normalize('NFC').length < Array.from(name).length;
    const invalid = names(values, 'invalid').filter(decomposed);
    const valid = names(values, 'valid').filter(decomposed);
    expect(invalid.map((name) => [Array.from(name).length, name.normalize('NFC').length])).toContainEqual([
      129, 65,
    ]);
    expect(valid.map((name) => [Array.from(name).length, name.normalize('NFC').length])).toContainEqual([
      128, 64,
    ]);
  });

  it('is deterministic', () => {
    expect(coverageValues(pinned)).toEqual(coverageValues(pinned));
  });

  it('straddles maxLength 128 in code points, UTF-16 units and UTF-8 bytes, in both directions', () => {
    const values = coverageValues(pinned);
    const valid = names(values, 'valid').map(stringLengths);
    const invalid = names(values, 'invalid').map(stringLengths);
    expect(valid).toContainEqual({ codePoints: 128, utf16Units: 128, utf8Bytes: 128 });
    expect(valid).toContainEqual({ codePoints: 128, utf16Units: 256, utf8Bytes: 512 });
    expect(valid).toContainEqual({ codePoints: 65, utf16Units: 130, utf8Bytes: 260 });
    expect(valid).toContainEqual({ codePoints: 128, utf16Units: 129, utf8Bytes: 131 });
    expect(valid).toContainEqual({ codePoints: 128, utf16Units: 128, utf8Bytes: 384 });
    expect(valid).toContainEqual({ codePoints: 1, utf16Units: 2, utf8Bytes: 4 });
    expect(names(values, 'valid')).toContain('\u0301');
    expect(invalid).toContainEqual({ codePoints: 129, utf16Units: 129, utf8Bytes: 129 });
    expect(invalid).toContainEqual({ codePoints: 129, utf16Units: 258, utf8Bytes: 516 });
    expect(invalid).toContainEqual({ codePoints: 0, utf16Units: 0, utf8Bytes: 0 });
    const note = values.find((value) => value.note.startsWith('name: 128 emoji'))?.note;
    expect(note).toBe('name: 128 emoji (128 code points, 256 UTF-16 units, 512 UTF-8 bytes)');
  });

  it('catches servers counting units below minLength: fewer code points, enough units or bytes, is invalid', () => {
    const values = coverageValues(
      compiledSchemaFor({ type: 'object', properties: { name: { type: 'string', minLength: 4 } } }),
    );
    const invalid = names(values, 'invalid').map(stringLengths);
    expect(invalid).toContainEqual({ codePoints: 3, utf16Units: 6, utf8Bytes: 12 });
    expect(invalid).toContainEqual({ codePoints: 3, utf16Units: 3, utf8Bytes: 9 });
  });

  it('puts numeric bounds at, just inside and just outside, and big integers where no maximum', () => {
    const values = coverageValues(pinned);
    const at = (expect: CoverageValue['expect']) =>
      values.filter((value) => value.expect === expect).map((value) => member(value.value, 'expiresAt'));
    expect(at('invalid')).toEqual(expect.arrayContaining([0, -1]));
    expect(at('valid')).toEqual(expect.arrayContaining([1, 2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 63]));
    const fraction = coverageValues(
      compiledSchemaFor({ type: 'number', minimum: 0.5, exclusiveMaximum: 1 }),
    ).map((value) => [value.value, value.expect]);
    expect(fraction).toEqual(
      expect.arrayContaining([
        [0.5, 'valid'],
        [0.49999999999999994, 'invalid'],
        [1, 'invalid'],
        [0.9999999999999999, 'valid'],
        [1.0000000000000002, 'invalid'],
      ]),
    );
  });

  it('lists each enum value, one outside, optional properties present and absent, and a forbidden extra', () => {
    const values = coverageValues(compiledSchemaFor(KEYWORD_SCHEMAS.choices ?? false));
    const statuses = values.map((value) => [member(value.value, 'status'), value.expect]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        ['active', 'valid'],
        ['revoked', 'valid'],
        ['ACTIVE', 'invalid'],
      ]),
    );
    const pinnedValues = coverageValues(pinned);
    expect(pinnedValues.map((value) => value.value)).toEqual(
      expect.arrayContaining([{ name: 'abcdefgh' }, { name: 'abcdefgh', expiresAt: 1 }]),
    );
    const extra = pinnedValues.find((value) => value.reason?.keyword === 'additionalProperties');
    expect(extra?.reason).toMatchObject({
      property: 'unexpectedProperty',
      schemaPath: '#/additionalProperties',
    });
  });

  it('counts what it drops instead of returning it', () => {
    const { values, dropped } = collectCoverage(
      compiledSchemaFor({ type: 'string', pattern: '^[0-9]+$', maxLength: 3 }),
    );
    expect(
      values.every((value) => value.expect === 'invalid' || /^[0-9]+$/.test(value.value as string)),
    ).toBe(true);
    expect(dropped.length).toBeGreaterThan(0);
  });
});
