import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEscapeForms } from '../../src/core/json-escape-forms.ts';
import { createRedactor } from '../../src/core/redact.ts';

describe('jsonEscapeForms', () => {
  it('gives only forms that a JSON parser reads back as the secret', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (secret) => {
        for (const form of jsonEscapeForms(secret)) expect(JSON.parse(`"${form}"`)).toBe(secret);
      }),
    );
  });

  it('writes a key as PHP, .NET and Gson echo it', () => {
    const forms = jsonEscapeForms('pk_live_Ab3/xyz+Q9/Lm==');
    expect(forms).toContain('pk_live_Ab3\\/xyz+Q9\\/Lm==');
    expect(forms).toContain('pk_live_Ab3/xyz\\u002BQ9/Lm==');
    expect(forms).toContain('pk_live_Ab3/xyz+Q9/Lm\\u003d\\u003d');
    expect(jsonEscapeForms('clé')).toContain('cl\\u00e9');
  });
});

describe('createRedactor with a secret echoed by other JSON encoders', () => {
  it('masks it in each form', () => {
    const redactor = createRedactor();
    const secret = 'pk_live_Ab3/xyz+Q9/Lm==';
    redactor.add(secret, 'token');
    const bodies = [
      '{"message":"bad key pk_live_Ab3\\/xyz+Q9\\/Lm=="}',
      '{"message":"bad key pk_live_Ab3/xyz\\u002BQ9/Lm=="}',
      '{"message":"bad key pk_live_Ab3/xyz+Q9/Lm\\u003d\\u003d"}',
    ];
    for (const body of bodies) {
      expect(redactor.redact(body)).toBe('{"message":"bad key [REDACTED token]"}');
      expect(redactor.find(body)).toEqual([{ secret, label: 'token' }]);
    }
  });
});
