import { declaredTypes, typeAllowed, type JsonType } from '../json-types.ts';
import { schemaArray } from '../schema-object.ts';
import { viewOf, type SchemaView } from '../schema-view.ts';
import { labelOf, preview, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';
import { wrongTypes } from './type-mutations.ts';

/**
 * For anyOf/oneOf: values of a JSON type no branch allows (null where no branch is nullable...). Constraints
 * inside the branches are not mutated (breaking one branch proves nothing while another may accept): that is
 * reported as a mutation not generated, never skipped silently.
 */
export function compositeMutations(view: SchemaView, site: Site, keyword: string): NodeMutation[] {
  const label = labelOf(site);
  const notGenerated: NodeMutation = {
    reason: reasonFor(site, view, keyword, `${label}: constraints inside the ${keyword} branches`),
    why: `constraints inside ${keyword} branches are not mutated one by one`,
  };
  const branchTypes = schemaArray(view.schema, keyword).map((branch) =>
    declaredTypes(viewOf(branch, view.ctx).schema),
  );
  if (
    keyword === 'if' ||
    declaredTypes(view.schema) !== undefined ||
    branchTypes.some((types) => types === undefined)
  ) {
    return [notGenerated];
  }
  const allowed = [...new Set(branchTypes.flatMap((types) => types ?? []))] as JsonType[];
  const wrong = wrongTypes(view, allowed)
    .filter((candidate) => !typeAllowed(allowed, candidate.type))
    .map((candidate) => ({
      reason: reasonFor(
        site,
        view,
        keyword,
        `${label} is ${candidate.words} (no ${keyword} branch allows it)`,
      ),
      value: candidate.value,
      describe: (value: unknown) =>
        `${label} is ${preview(value)}, ${candidate.words} (no ${keyword} branch allows it)`,
    }));
  return [...wrong, notGenerated];
}
