import type { AjvInstance } from '../ajv.ts';

/**
 * ajv-formats' `date-time`, with the separator narrowed to `T`, `t` or one space. RFC 3339's ABNF says `T`
 * (case-insensitive, §5.6), and its NOTE lets applications use a space for readability; servers do write
 * `2024-01-01 00:00:00Z` (SQL, Python's str()), so a response with it is not accused of breaking the format
 * (a false accusation costs more than a missed bug), and it was accepted before. ajv-formats also took a
 * tab or a line break there, which no reading of RFC 3339 or ISO 8601 allows.
 */
export function narrowDateTime(ajv: AjvInstance): void {
  const original = ajv.formats['date-time'];
  if (typeof original !== 'object' || !('validate' in original) || typeof original.validate !== 'function')
    throw new Error('ajv-formats: date-time is not a validating function');
  const validate = original.validate as (text: string) => boolean;
  const compare = original.compare as ((a: string, b: string) => number | undefined) | undefined;
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (text: string) => /^.{10}[Tt ]/su.test(text) && validate(text),
    ...(compare === undefined ? {} : { compare }),
  });
}
