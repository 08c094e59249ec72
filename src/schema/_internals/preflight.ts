import type { Bag } from './build-bags.ts';
import type { Validators } from './prepare-ajv.ts';
import { walkSchema } from './walk-schema.ts';

/** Why a root cannot be compiled, found without compiling it; undefined when nothing stands in the way. */
export type Preflight = (bag: Bag, pointer: string) => string | undefined;

function badPattern(schema: unknown): string | undefined {
  let problem: string | undefined;
  walkSchema(schema, (node) => {
    const patterns = [
      ...(typeof node.pattern === 'string' ? [node.pattern] : []),
      ...Object.keys(typeof node.patternProperties === 'object' ? (node.patternProperties ?? {}) : {}),
    ];
    for (const pattern of patterns) {
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        problem ??= error instanceof Error ? error.message : String(error);
      }
    }
  });
  return problem;
}

/** The problem of one bag entry alone: left out as invalid, missing from the document, or a bad pattern. */
function entryProblem(validators: Validators, bag: Bag, pointer: string): string | undefined {
  const invalid = validators.invalid.get(`${bag.context} ${pointer}`);
  if (invalid !== undefined) return `${pointer} is an invalid schema: ${invalid}`;
  const schema = bag.schema.$defs[pointer];
  if (schema === undefined) return `$ref to ${pointer}, where the document has no schema`;
  return badPattern(schema);
}

/**
 * Compilation is lazy (a large document has thousands of schemas, most never used in a run); what would
 * make a root fail to compile is found up front instead: an entry of its `$ref` closure that is invalid,
 * missing, or has a pattern JavaScript cannot compile with the `u` flag ajv uses. Memoised per entry.
 */
export function createPreflight(validators: Validators): Preflight {
  const problems = new Map<string, string | undefined>();
  const problemOf = (bag: Bag, pointer: string): string | undefined => {
    const key = `${bag.context} ${pointer}`;
    if (!problems.has(key)) problems.set(key, entryProblem(validators, bag, pointer));
    return problems.get(key);
  };
  return (bag, root) => {
    const seen = new Set([root]);
    const queue = [root];
    for (let pointer = queue.shift(); pointer !== undefined; pointer = queue.shift()) {
      const problem = problemOf(bag, pointer);
      if (problem !== undefined) return problem;
      for (const next of bag.refs.get(pointer) ?? []) {
        if (!seen.has(next)) queue.push(next);
        seen.add(next);
      }
    }
    return undefined;
  };
}
