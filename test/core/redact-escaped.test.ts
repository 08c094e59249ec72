import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/core/redact.ts';

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

describe('createRedactor with any legal JSON escape', () => {
  it('masks a secret however its characters are escaped, where it stands, and finds it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6, maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (secret, escapeEach) => {
          const redactor = createRedactor();
          redactor.add(secret, 'token');
          // Each character either as is (JSON-escaped where it must be) or as a \\uXXXX escape.
          const written = Array.from({ length: secret.length }, (_, i) =>
            escapeEach[i] === true
              ? `\\u${secret.charCodeAt(i).toString(16).padStart(4, '0')}`
              : JSON.stringify(secret[i]).slice(1, -1),
          ).join('');
          const body = `{"message":"bad key ${written}."}`;
          expect(JSON.parse(body)).toEqual({ message: `bad key ${secret}.` });
          expect(redactor.redact(body)).toBe('{"message":"bad key [REDACTED token]."}');
          expect(redactor.find(body)).toEqual([{ secret, label: 'token' }]);
        },
      ),
    );
  });

  it('masks the Go spelling of a slash and .NET spellings of + and =', () => {
    const redactor = createRedactor();
    redactor.add('pk_live_Ab3/xyz+Q9/Lm==', 'token');
    const body = '{"m":"pk_live_Ab3\\u002fxyz\\u002BQ9\\u002FLm\\u003D\\u003d"}';
    expect(redactor.redact(body)).toBe('{"m":"[REDACTED token]"}');
    const start = redactor.redact(body, 10);
    expect(start.length).toBeGreaterThanOrEqual(10);
    expect('{"m":"[REDACTED token]"}'.startsWith(start)).toBe(true);
  });
});
