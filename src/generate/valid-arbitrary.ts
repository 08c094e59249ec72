import type fc from 'fast-check';
import type { CompiledSchema } from '../schema/types.ts';
import { boundedFilter } from './_internals/bounded-filter.ts';
import { rootContext } from './_internals/gen-context.ts';
import { jsonRoundTrip } from './_internals/json-value.ts';
import { validNode } from './_internals/valid-node.ts';

export interface ValidArbitraryOptions {
  /** How many times a recursive `$ref` may open inside itself on one path (default 2). */
  maxDepth?: number;
  /**
   * What the server receives from a generated value: its JSON round trip by default (a body); a parameter's
   * text read back and type-converted. Undefined means the value cannot be sent. Values are checked, and
   * yielded, as received.
   */
  receive?: (value: unknown) => unknown;
}

/**
 * Values valid against a compiled schema, built keyword by keyword so they shrink well. The final check with
 * the schema's own validator only catches what construction cannot promise (`not`, `oneOf` exclusivity,
 * unmergeable `allOf` parts); it gives up with an error naming the schema rather than loop forever.
 */
export function validArbitrary(
  schema: CompiledSchema,
  options: ValidArbitraryOptions = {},
): fc.Arbitrary<unknown> {
  const built = validNode(schema.schema, rootContext(schema, options.maxDepth)).map(
    options.receive ?? jsonRoundTrip,
  );
  return boundedFilter(
    built,
    (value) => value !== undefined && schema.validate(value).length === 0,
    `validArbitrary(${schema.pointer})`,
  );
}
