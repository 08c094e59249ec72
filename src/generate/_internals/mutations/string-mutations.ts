import fc from 'fast-check';
import { codePointLength, describeLengths } from '../../../core/unicode.ts';
import { ASCII, ASTRAL } from '../char-classes.ts';
import { codePointString, stringOfClass } from '../code-point-string.ts';
import { appliesTo } from '../json-types.ts';
import { stringKeyword } from '../schema-object.ts';
import type { SchemaView } from '../schema-view.ts';
import { stringArbitrary } from '../string-arbitrary.ts';
import { STRING_FORMATS } from '../string-formats.ts';
import { lengthBounds } from '../string-length.ts';
import { labelOf, preview, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';

/** minLength - 1, maxLength + 1 (from ASCII and from emoji), a pattern non-match, an invalid format. */
export function stringMutations(view: SchemaView, site: Site): NodeMutation[] {
  if (!appliesTo(view.schema, 'string')) return [];
  const label = labelOf(site);
  const { min, max } = lengthBounds(view.schema);
  const valid = stringArbitrary(view.schema);
  const lengths = (keyword: string, limit: number) => (value: unknown) =>
    `${label} has ${codePointLength(String(value))} code points (${keyword} ${limit}; ${describeLengths(String(value))})`;
  const mutations: NodeMutation[] = [];
  if (min > 0) {
    mutations.push({
      reason: reasonFor(site, view, 'minLength', `${label} has ${min - 1} code points (minLength ${min})`),
      value: fc.oneof(resized(valid, min - 1), stringOfClass(ASCII.char, min - 1)),
      describe: lengths('minLength', min),
    });
  }
  if (max !== undefined) {
    const tooLong = (words: string, value: fc.Arbitrary<string>): NodeMutation => ({
      reason: reasonFor(
        site,
        view,
        'maxLength',
        `${label} has ${max + 1} code points of ${words} (maxLength ${max})`,
      ),
      value,
      describe: lengths('maxLength', max),
    });
    mutations.push(tooLong('ASCII', fc.oneof(stringOfClass(ASCII.char, max + 1), resized(valid, max + 1))));
    mutations.push(tooLong('emoji', stringOfClass(ASTRAL.char, max + 1)));
  }
  mutations.push(...patternAndFormat(view, site, label));
  return mutations;
}

function patternAndFormat(view: SchemaView, site: Site, label: string): NodeMutation[] {
  const mutations: NodeMutation[] = [];
  const pattern = stringKeyword(view.schema, 'pattern');
  if (pattern !== undefined) {
    const { min, max } = lengthBounds(view.schema);
    mutations.push({
      reason: reasonFor(site, view, 'pattern', `${label} does not match ${pattern}`),
      value: codePointString(min, max),
      describe: (value) => `${label} is ${preview(value)}, which does not match ${pattern}`,
    });
  }
  const format = stringKeyword(view.schema, 'format');
  const known = format === undefined ? undefined : STRING_FORMATS[format];
  if (format !== undefined && known !== undefined) {
    mutations.push({
      reason: reasonFor(site, view, 'format', `${label} is not a valid ${format}`),
      value: fc.constantFrom(...known.invalid),
      describe: (value) => `${label} is ${preview(value)}, not a valid ${format}`,
    });
  }
  return mutations;
}

/** Valid strings cut or stretched (by repeating their own code points) to exactly `length` code points. */
function resized(valid: fc.Arbitrary<string>, length: number): fc.Arbitrary<string> {
  return valid.map((text) => {
    const chars = Array.from(text.length > 0 ? text : 'a');
    return Array.from({ length }, (_, index) => chars[index % chars.length]).join('');
  });
}
