import type { SchemaError } from './types.ts';

export interface ExpectedFailure {
  keyword: string;
  instancePath: string;
  /** For `required`, `additionalProperties`, `dependentRequired`, `propertyNames`...: the property concerned. */
  property?: string;
}

/** Keywords whose error only says "no branch passed"; ajv reports the branch errors just before it. */
const COMPOSITES = new Set(['anyOf', 'oneOf', 'if', 'contains', 'propertyNames']);

/**
 * Keywords ajv evaluates before each composite when both stand in one schema object (its keyword order), so
 * their errors can come just before the composite's branch errors. Keywords evaluated after it cannot.
 */
const TYPELESS_BEFORE = ['const', 'enum', 'not', 'anyOf', 'oneOf', 'if'];
const EVALUATED_BEFORE: Record<string, readonly string[]> = {
  anyOf: TYPELESS_BEFORE.slice(0, 3),
  oneOf: TYPELESS_BEFORE.slice(0, 4),
  if: TYPELESS_BEFORE.slice(0, 5),
  contains: [...TYPELESS_BEFORE, 'maxItems', 'minItems'],
  propertyNames: [...TYPELESS_BEFORE, 'maxProperties', 'minProperties', 'required'],
};
const PROPERTY_PARAMS = ['missingProperty', 'additionalProperty', 'unevaluatedProperty', 'propertyName'];

interface ErrorNode {
  error: SchemaError;
  children: ErrorNode[];
}

function propertyOf(error: SchemaError): unknown {
  const key = PROPERTY_PARAMS.find((name) => error.params[name] !== undefined);
  return key === undefined ? undefined : error.params[key];
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** A oneOf that several branches passed is a reason of its own, with no branch errors. */
function isComposite(error: SchemaError): boolean {
  return (
    COMPOSITES.has(error.keyword) &&
    !(error.keyword === 'oneOf' && Array.isArray(error.params.passingSchemas))
  );
}

/**
 * An error of a keyword written beside the composite, in the same schema object (not one of its branches):
 * same instance, schemaPath next to the composite's, and a keyword ajv evaluates before the composite.
 */
function isSibling(error: SchemaError, composite: SchemaError): boolean {
  const parent = composite.schemaPath.slice(0, composite.schemaPath.lastIndexOf('/'));
  return (
    error.instancePath === composite.instancePath &&
    error.schemaPath === `${parent}/${error.keyword}` &&
    (EVALUATED_BEFORE[composite.keyword] ?? []).includes(error.keyword)
  );
}

/**
 * Rebuilds which errors are branch errors of which composite. ajv (allErrors) reports a composite's branch
 * errors contiguously, just before the composite's own error, all at or below its instancePath.
 */
function groupErrors(errors: readonly SchemaError[]): ErrorNode[] {
  const stack: ErrorNode[] = [];
  for (const error of errors) {
    const children: ErrorNode[] = [];
    if (isComposite(error)) {
      for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
        if (!isWithin(top.error.instancePath, error.instancePath) || isSibling(top.error, error)) break;
        children.unshift(top);
        stack.pop();
      }
    }
    stack.push({ error, children });
  }
  return stack;
}

/**
 * The oracle that proves a negative case is invalid for exactly one named reason. True when:
 * 1. some error has `keyword` at `instancePath` (and names `property`, when given: `missingProperty`,
 *    `additionalProperty`, `unevaluatedProperty` or `propertyName`); without `property`, all such errors
 *    must name the same property (two missing properties are two reasons);
 * 2. every other error is explained by it: errors are grouped under the composite (`anyOf`, `oneOf` with no
 *    passing branch, `if`, `contains`, `propertyNames`) whose branches produced them, and every top-level
 *    group is either the expected error itself or a composite that has the expected error among its
 *    (nested) branch errors. The other branches' errors then only say why those branches did not match.
 * Duplicates of the expected error (e.g. two `maxLength` in an `allOf`) count as the same reason.
 * schemaPath is compared only to tell a keyword beside a composite (`enum` next to `anyOf`) from one inside
 * it. ajv reports schemaPath relative to a `$ref` target it compiles apart, so two cases stay ambiguous:
 * a branch target whose own root has const/enum/not/anyOf/oneOf and that ajv compiles apart looks like a
 * sibling (answer false: a missed proof), and errors of a `$ref` written beside a composite (3.1) look like
 * branch errors (answer may be true with a second reason hidden there).
 */
export function failsOnlyFor(errors: readonly SchemaError[], expected: ExpectedFailure): boolean {
  const isExpected = (error: SchemaError): boolean =>
    error.keyword === expected.keyword &&
    error.instancePath === expected.instancePath &&
    (expected.property === undefined || propertyOf(error) === expected.property);
  const matching = errors.filter(isExpected);
  if (matching.length === 0 || new Set(matching.map(propertyOf)).size > 1) return false;
  const contains = (node: ErrorNode): boolean => isExpected(node.error) || node.children.some(contains);
  return groupErrors(errors).every(
    (node) => isExpected(node.error) || (isComposite(node.error) && contains(node)),
  );
}
