import fc from 'fast-check';
import { boundedFilter } from './bounded-filter.ts';
import { codePointString } from './code-point-string.ts';
import { stringKeyword, type SchemaObject } from './schema-object.ts';
import { STRING_FORMATS } from './string-formats.ts';
import { lengthBounds, lengthWithin } from './string-length.ts';

/** Strings for a schema: from its format, else its pattern, else code points of every class. */
export function stringArbitrary(schema: SchemaObject): fc.Arbitrary<string> {
  const bounds = lengthBounds(schema);
  const format = STRING_FORMATS[stringKeyword(schema, 'format') ?? ''];
  const pattern = patternArbitrary(stringKeyword(schema, 'pattern'));
  const base = format?.valid ?? pattern;
  if (base === undefined) return codePointString(bounds.min, bounds.max);
  return boundedFilter(base, (text) => lengthWithin(text, bounds), 'stringArbitrary (length)');
}

/** Building from a pattern parses it: done once per pattern (a body is rebuilt for each of its mutations). */
const PATTERNS = new Map<string, fc.Arbitrary<string> | undefined>();

/** `fc.stringMatching` with the `u` flag ajv uses; undefined when fast-check cannot build from the pattern. */
export function patternArbitrary(pattern: string | undefined): fc.Arbitrary<string> | undefined {
  if (pattern === undefined) return undefined;
  if (!PATTERNS.has(pattern)) {
    let built: fc.Arbitrary<string> | undefined;
    try {
      built = fc.stringMatching(new RegExp(pattern, 'u'));
    } catch {
      built = undefined;
    }
    PATTERNS.set(pattern, built);
  }
  return PATTERNS.get(pattern);
}
