import { describe, expect, it } from 'vitest';
import { failsOnlyFor } from '../../src/schema/fails-only-for.ts';
import type { SchemaError } from '../../src/schema/types.ts';
import { compileFixture, requestSchema } from './compile-fixture.ts';

function error(
  keyword: string,
  instancePath: string,
  schemaPath: string,
  params: Record<string, unknown> = {},
): SchemaError {
  return { keyword, instancePath, schemaPath, params, message: '' };
}

describe('failsOnlyFor: plain schemas (fixtures/translation/composites-3.1.yaml, Plain)', async () => {
  const spec = await compileFixture('translation/composites-3.1.yaml');
  const plain = requestSchema(spec, 'plain');

  it('is true for the one failing keyword at its path', () => {
    expect(
      failsOnlyFor(plain.validate({ name: 'abcdefghi' }), { keyword: 'maxLength', instancePath: '/name' }),
    ).toBe(true);
    expect(
      failsOnlyFor(plain.validate({ name: 'a', count: -1 }), { keyword: 'minimum', instancePath: '/count' }),
    ).toBe(true);
  });

  it('is false for valid values, another keyword or another path', () => {
    expect(failsOnlyFor(plain.validate({ name: 'a' }), { keyword: 'maxLength', instancePath: '/name' })).toBe(
      false,
    );
    expect(
      failsOnlyFor(plain.validate({ name: 'abcdefghi' }), { keyword: 'minLength', instancePath: '/name' }),
    ).toBe(false);
    expect(
      failsOnlyFor(plain.validate({ name: 'abcdefghi' }), { keyword: 'maxLength', instancePath: '' }),
    ).toBe(false);
  });

  it('is false when the value also fails for a second reason, at the same path or elsewhere', () => {
    expect(
      failsOnlyFor(plain.validate({ name: 'ABCDEFGHI' }), { keyword: 'maxLength', instancePath: '/name' }),
    ).toBe(false);
    expect(
      failsOnlyFor(plain.validate({ name: 'abcdefghi', count: -1 }), {
        keyword: 'maxLength',
        instancePath: '/name',
      }),
    ).toBe(false);
  });

  it('checks the property of required and additionalProperties', () => {
    const extra = plain.validate({ name: 'a', extra: 1 });
    expect(
      failsOnlyFor(extra, { keyword: 'additionalProperties', instancePath: '', property: 'extra' }),
    ).toBe(true);
    expect(
      failsOnlyFor(extra, { keyword: 'additionalProperties', instancePath: '', property: 'other' }),
    ).toBe(false);
    const missing = plain.validate({});
    expect(failsOnlyFor(missing, { keyword: 'required', instancePath: '', property: 'name' })).toBe(true);
  });

  it('without a property, two different properties are two reasons', () => {
    const twoExtra = plain.validate({ name: 'a', x: 1, y: 2 });
    expect(failsOnlyFor(twoExtra, { keyword: 'additionalProperties', instancePath: '' })).toBe(false);
    expect(failsOnlyFor(twoExtra, { keyword: 'additionalProperties', instancePath: '', property: 'x' })).toBe(
      false,
    );
    expect(
      failsOnlyFor(plain.validate({ name: 'a', x: 1 }), {
        keyword: 'additionalProperties',
        instancePath: '',
      }),
    ).toBe(true);
  });
});

describe('failsOnlyFor: composites', async () => {
  const spec = await compileFixture('translation/composites-3.1.yaml');

  it('anyOf [string maxLength 3, null]: the branch that fails for maxLength explains the null branch and anyOf', () => {
    const errors = requestSchema(spec, 'nullable').validate({ label: 'abcd' });
    expect(errors.map((e) => e.keyword).sort()).toEqual(['anyOf', 'maxLength', 'type']);
    expect(failsOnlyFor(errors, { keyword: 'maxLength', instancePath: '/label' })).toBe(true);
    expect(failsOnlyFor(errors, { keyword: 'anyOf', instancePath: '/label' })).toBe(true);
    expect(failsOnlyFor(errors, { keyword: 'type', instancePath: '/label' })).toBe(true);
  });

  it('oneOf of $refs: a fault inside one branch is one reason, even at the root of a branch ajv compiles apart', () => {
    const pets = requestSchema(spec, 'pets');
    const oneFault = pets.validate({ kind: 'cat', name: 'Tiberius' });
    expect(failsOnlyFor(oneFault, { keyword: 'maxLength', instancePath: '/name' })).toBe(true);
    const missing = pets.validate({ kind: 'cat' });
    expect(failsOnlyFor(missing, { keyword: 'required', instancePath: '', property: 'name' })).toBe(true);
  });

  it('documented limit: errors inside the branches of one failing composite are not told apart', () => {
    const twoFaults = requestSchema(spec, 'pets').validate({ kind: 'cat', name: 'Tiberius', extra: 1 });
    expect(failsOnlyFor(twoFaults, { keyword: 'maxLength', instancePath: '/name' })).toBe(true);
  });

  it('a keyword beside a composite is not one of its branches', () => {
    const sibling = requestSchema(spec, 'sibling');
    const both = sibling.validate({ n: 'ab' });
    expect(failsOnlyFor(both, { keyword: 'maxLength', instancePath: '/n' })).toBe(false);
    expect(failsOnlyFor(both, { keyword: 'anyOf', instancePath: '' })).toBe(false);
    expect(failsOnlyFor(sibling.validate({ n: 'a' }), { keyword: 'anyOf', instancePath: '' })).toBe(true);
    expect(
      failsOnlyFor(sibling.validate({ n: 'ab', a: 1 }), { keyword: 'maxLength', instancePath: '/n' }),
    ).toBe(true);
  });

  it('if/then/else: the failing then-branch explains the if error', () => {
    const conditional = requestSchema(spec, 'conditional');
    const errors = conditional.validate({ kind: 'company' });
    expect(failsOnlyFor(errors, { keyword: 'required', instancePath: '', property: 'vatId' })).toBe(true);
    expect(
      failsOnlyFor(conditional.validate({ kind: 'person' }), {
        keyword: 'required',
        instancePath: '',
        property: 'birthDate',
      }),
    ).toBe(true);
    const shortVat = conditional.validate({ kind: 'company', vatId: 'x' });
    expect(failsOnlyFor(shortVat, { keyword: 'minLength', instancePath: '/vatId' })).toBe(true);
    const withLongNote = conditional.validate({ kind: 'company', note: 'long' });
    expect(failsOnlyFor(withLongNote, { keyword: 'required', instancePath: '', property: 'vatId' })).toBe(
      false,
    );
  });

  it('propertyNames and contains explain their inner errors', () => {
    const names = requestSchema(spec, 'names');
    expect(
      failsOnlyFor(names.validate({ longer: 1 }), {
        keyword: 'propertyNames',
        instancePath: '',
        property: 'longer',
      }),
    ).toBe(true);
    expect(
      failsOnlyFor(names.validate({ list: [1, 2] }), { keyword: 'contains', instancePath: '/list' }),
    ).toBe(true);
    // An item's error inside the failing contains is part of the same failure.
    expect(
      failsOnlyFor(names.validate({ list: [1, 2] }), { keyword: 'minimum', instancePath: '/list/0' }),
    ).toBe(true);
    expect(
      failsOnlyFor(names.validate({ list: [1, 2], longer: 1 }), {
        keyword: 'contains',
        instancePath: '/list',
      }),
    ).toBe(false);
  });
});

describe('failsOnlyFor: the grouping rule on error lists', () => {
  it('needs at least one error', () => {
    expect(failsOnlyFor([], { keyword: 'type', instancePath: '' })).toBe(false);
  });

  it('counts duplicates of the expected error (allOf with two limits) as one reason', () => {
    const errors = [
      error('maxLength', '', '#/allOf/0/maxLength', { limit: 3 }),
      error('maxLength', '', '#/allOf/1/maxLength', { limit: 2 }),
    ];
    expect(failsOnlyFor(errors, { keyword: 'maxLength', instancePath: '' })).toBe(true);
  });

  it('does not let a composite swallow an enum written beside it', () => {
    const errors = [
      error('enum', '', '#/enum', { allowedValues: [1] }),
      error('type', '', '#/anyOf/0/type', { type: 'string' }),
      error('type', '', '#/anyOf/1/type', { type: 'object' }),
      error('anyOf', '', '#/anyOf'),
    ];
    expect(failsOnlyFor(errors, { keyword: 'type', instancePath: '' })).toBe(false);
    expect(failsOnlyFor(errors.slice(1), { keyword: 'type', instancePath: '' })).toBe(true);
  });

  it('does not let a composite explain errors above its instance', () => {
    const errors = [
      error('required', '', '#/required', { missingProperty: 'a' }),
      error('maxLength', '/x', '#/properties/x/anyOf/0/maxLength', { limit: 1 }),
      error('type', '/x', '#/properties/x/anyOf/1/type', { type: 'null' }),
      error('anyOf', '/x', '#/properties/x/anyOf'),
    ];
    expect(failsOnlyFor(errors, { keyword: 'maxLength', instancePath: '/x' })).toBe(false);
    expect(failsOnlyFor(errors.slice(1), { keyword: 'maxLength', instancePath: '/x' })).toBe(true);
  });

  it('nests composites: an inner anyOf inside an outer oneOf branch', () => {
    const errors = [
      error('maxLength', '/a', '#/oneOf/0/properties/a/anyOf/0/maxLength', { limit: 1 }),
      error('type', '/a', '#/oneOf/0/properties/a/anyOf/1/type', { type: 'null' }),
      error('anyOf', '/a', '#/oneOf/0/properties/a/anyOf'),
      error('required', '', 'oac://request#/$defs/~1B/required', { missingProperty: 'b' }),
      error('oneOf', '', '#/oneOf', { passingSchemas: null }),
    ];
    expect(failsOnlyFor(errors, { keyword: 'maxLength', instancePath: '/a' })).toBe(true);
  });

  it('a oneOf matched by several branches is a reason of its own, not a composite', () => {
    const errors = [
      error('maxLength', '/a', '#/properties/a/maxLength'),
      error('oneOf', '', '#/oneOf', { passingSchemas: [0, 1] }),
    ];
    expect(failsOnlyFor(errors, { keyword: 'maxLength', instancePath: '/a' })).toBe(false);
    expect(failsOnlyFor(errors.slice(1), { keyword: 'oneOf', instancePath: '' })).toBe(true);
  });

  it('a composite whose branches do not include the expected error is another reason', () => {
    const errors = [
      error('required', '', '#/anyOf/0/required', { missingProperty: 'a' }),
      error('required', '', '#/anyOf/1/required', { missingProperty: 'b' }),
      error('anyOf', '', '#/anyOf'),
      error('maxLength', '/n', '#/properties/n/maxLength'),
    ];
    expect(failsOnlyFor(errors, { keyword: 'maxLength', instancePath: '/n' })).toBe(false);
  });
});
