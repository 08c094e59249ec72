import type { SchemaError } from './types.ts';

type Describe = (params: Record<string, unknown>) => string;

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function plural(count: unknown, word: string, words = `${word}s`): string {
  return `${String(count)} ${count === 1 ? word : words}`;
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map(show).join(', ') : show(values);
}

function typeNames(type: unknown): string {
  return Array.isArray(type) ? type.map(String).join(' or ') : String(type);
}

/** Plain words per keyword; each ends with the keyword so a reader can find it in the document. */
const DESCRIPTIONS: Record<string, Describe> = {
  maxLength: (p) => `must have at most ${plural(p.limit, 'character')} (code points), maxLength`,
  minLength: (p) => `must have at least ${plural(p.limit, 'character')} (code points), minLength`,
  maximum: (p) => `must be <= ${show(p.limit)} (maximum)`,
  minimum: (p) => `must be >= ${show(p.limit)} (minimum)`,
  exclusiveMaximum: (p) => `must be < ${show(p.limit)} (exclusiveMaximum)`,
  exclusiveMinimum: (p) => `must be > ${show(p.limit)} (exclusiveMinimum)`,
  multipleOf: (p) => `must be a multiple of ${show(p.multipleOf)} (multipleOf)`,
  pattern: (p) => `must match the pattern ${show(p.pattern)} (pattern)`,
  format: (p) => `must be a valid ${show(p.format)} (format)`,
  type: (p) => `must be ${typeNames(p.type)} (type)`,
  enum: (p) => `must be one of ${list(p.allowedValues)} (enum)`,
  const: (p) => `must be ${show(p.allowedValue)} (const)`,
  required: (p) => `must have property ${show(p.missingProperty)} (required)`,
  additionalProperties: (p) =>
    `must not have property ${show(p.additionalProperty)} (additionalProperties: false)`,
  unevaluatedProperties: (p) =>
    `must not have property ${show(p.unevaluatedProperty)} (unevaluatedProperties: false)`,
  dependentRequired: (p) =>
    `must have property ${show(p.missingProperty)} when ${show(p.property)} is present (dependentRequired)`,
  propertyNames: (p) => `property name ${show(p.propertyName)} is not allowed (propertyNames)`,
  maxItems: (p) => `must have at most ${plural(p.limit, 'item')} (maxItems)`,
  minItems: (p) => `must have at least ${plural(p.limit, 'item')} (minItems)`,
  uniqueItems: (p) =>
    `must not have duplicate items (items ${show(p.j)} and ${show(p.i)} are equal) (uniqueItems)`,
  maxProperties: (p) => `must have at most ${plural(p.limit, 'property', 'properties')} (maxProperties)`,
  minProperties: (p) => `must have at least ${plural(p.limit, 'property', 'properties')} (minProperties)`,
  anyOf: () => 'must match at least one of the alternatives (anyOf)',
  oneOf: (p) =>
    Array.isArray(p.passingSchemas)
      ? `must match exactly one alternative, but matches ${list(p.passingSchemas)} (oneOf)`
      : 'must match exactly one of the alternatives, but matches none (oneOf)',
  not: () => 'must not match the schema in "not" (not)',
  if: (p) => `must match the "${String(p.failingKeyword)}" schema (if)`,
  contains: (p) => `must contain at least ${plural(p.minContains, 'matching item')} (contains)`,
  'false schema': () => 'must not be present: the schema allows nothing (false schema)',
};

/** An ajv error in plain words, with where it is: `/name: must have at most 128 characters (code points), maxLength`. */
export function describeSchemaError(error: SchemaError): string {
  const where = error.instancePath === '' ? '/' : error.instancePath;
  const describe = DESCRIPTIONS[error.keyword];
  const what = describe === undefined ? `${error.message} (${error.keyword})` : describe(error.params);
  return `${where}: ${what}`;
}
