import { describe, expect, it } from 'vitest';
import { describeSchemaError } from '../../src/schema/describe-schema-error.ts';
import type { SchemaError } from '../../src/schema/types.ts';
import { compileFixture, requestSchema } from './compile-fixture.ts';

function error(
  keyword: string,
  instancePath: string,
  params: Record<string, unknown>,
  message = '',
): SchemaError {
  return { keyword, instancePath, schemaPath: `#/${keyword}`, params, message };
}

describe('describeSchemaError', async () => {
  const body = requestSchema(
    await compileFixture('create-service-account-api-key.openapi.yaml'),
    'createServiceAccountApiKey',
  );
  const describeFirst = (value: unknown): string[] => body.validate(value).map(describeSchemaError);

  it('says what the ajv errors of the pinned request body mean', () => {
    expect(describeFirst({ name: 'a'.repeat(129) })).toEqual([
      '/name: must have at most 128 characters (code points), maxLength',
    ]);
    expect(describeFirst({ name: '' })).toEqual([
      '/name: must have at least 1 character (code points), minLength',
    ]);
    expect(describeFirst({ name: 'a', extra: 1 })).toEqual([
      '/: must not have property "extra" (additionalProperties: false)',
    ]);
    expect(describeFirst({ name: 'a', expiresAt: 0 })).toEqual([
      '/expiresAt: must be > 0 (exclusiveMinimum)',
    ]);
    expect(describeFirst({})).toEqual(['/: must have property "name" (required)']);
    expect(describeFirst({ name: 1 })).toEqual(['/name: must be string (type)']);
  });

  it('covers the other keywords in plain words', () => {
    expect(describeSchemaError(error('type', '/a', { type: ['string', 'null'] }))).toBe(
      '/a: must be string or null (type)',
    );
    expect(describeSchemaError(error('enum', '/c', { allowedValues: ['red', 'green'] }))).toBe(
      '/c: must be one of "red", "green" (enum)',
    );
    expect(describeSchemaError(error('minimum', '/n', { limit: 0, comparison: '>=' }))).toBe(
      '/n: must be >= 0 (minimum)',
    );
    expect(describeSchemaError(error('maximum', '/n', { limit: 9, comparison: '<=' }))).toBe(
      '/n: must be <= 9 (maximum)',
    );
    expect(describeSchemaError(error('exclusiveMaximum', '/n', { limit: 9 }))).toBe(
      '/n: must be < 9 (exclusiveMaximum)',
    );
    expect(describeSchemaError(error('pattern', '/p', { pattern: '^a$' }))).toBe(
      '/p: must match the pattern "^a$" (pattern)',
    );
    expect(describeSchemaError(error('format', '/d', { format: 'date-time' }))).toBe(
      '/d: must be a valid "date-time" (format)',
    );
    expect(describeSchemaError(error('maxItems', '/l', { limit: 1 }))).toBe(
      '/l: must have at most 1 item (maxItems)',
    );
    expect(describeSchemaError(error('minProperties', '', { limit: 2 }))).toBe(
      '/: must have at least 2 properties (minProperties)',
    );
    expect(describeSchemaError(error('oneOf', '', { passingSchemas: null }))).toBe(
      '/: must match exactly one of the alternatives, but matches none (oneOf)',
    );
    expect(describeSchemaError(error('oneOf', '', { passingSchemas: [0, 1] }))).toBe(
      '/: must match exactly one alternative, but matches 0, 1 (oneOf)',
    );
    expect(describeSchemaError(error('false schema', '/x', {}))).toBe(
      '/x: must not be present: the schema allows nothing (false schema)',
    );
  });

  it('falls back to the ajv message for keywords it does not know', () => {
    expect(describeSchemaError(error('custom', '/z', {}, 'must be custom'))).toBe(
      '/z: must be custom (custom)',
    );
  });
});
