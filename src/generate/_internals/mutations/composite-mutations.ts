import fc from 'fast-check';
import { escapePointerSegment } from '../../../core/json-pointer.ts';
import type { Branch } from '../branches.ts';
import { declaredTypes, typeAllowed, type JsonType } from '../json-types.ts';
import { partsView, type SchemaView } from '../schema-view.ts';
import { schemaArray } from '../schema-object.ts';
import { validView } from '../valid-node.ts';
import { labelOf, preview, reasonFor, type NodeMutation, type Site } from './node-mutation.ts';
import { wrongTypes } from './type-mutations.ts';

type ViewWalker = (view: SchemaView, site: Site) => NodeMutation[];

/** oneOf/anyOf without a type of its own: values of a JSON type no branch allows (null where none is nullable...). */
function typeNoBranchAllows(view: SchemaView, site: Site, branches: Branch[]): NodeMutation[] {
  const keyword = branches[0]?.keyword ?? '';
  if (keyword === 'if' || declaredTypes(view.schema) !== undefined) return [];
  const branchTypes = branches.map((branch) => declaredTypes(branch.view.schema));
  if (branchTypes.some((types) => types === undefined)) return [];
  const allowed = [...new Set(branchTypes.flatMap((types) => types ?? []))] as JsonType[];
  const label = labelOf(site);
  return wrongTypes(view, allowed)
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
}

/** oneOf: a value two branches accept at once (built from both), which breaks "exactly one". */
function twoBranches(view: SchemaView, site: Site): NodeMutation[] {
  const branches = schemaArray(view.schema, 'oneOf');
  const base = view.origin.get('oneOf') ?? '';
  const path = (index: number): string => `${base === '' ? '' : `${base}/`}oneOf/${index}`;
  const label = labelOf(site);
  return branches.slice(1, 4).map((second, offset) => {
    const first = branches[0] ?? true;
    const both = partsView(
      view,
      ['oneOf'],
      [
        { schema: first, path: path(0) },
        { schema: second, path: path(offset + 1) },
      ],
    );
    return {
      reason: reasonFor(site, view, 'oneOf', `${label} matches oneOf branches 0 and ${offset + 1} at once`),
      value: validView(both),
    };
  });
}

/** The same constraint reached through several branches: one mutation, its values from any of them. */
function merged(mutations: NodeMutation[]): NodeMutation[] {
  const byKey = new Map<string, NodeMutation[]>();
  for (const mutation of mutations) {
    const { keyword, schemaPath, instancePath, property, description } = mutation.reason;
    const key = `${keyword} ${schemaPath} ${instancePath} ${property ?? ''} ${description}`;
    byKey.set(key, [...(byKey.get(key) ?? []), mutation]);
  }
  return [...byKey.values()].flatMap((group) => {
    const [first] = group;
    if (first === undefined) return [];
    const values = group.flatMap((mutation) => (mutation.value ? [mutation.value] : []));
    if (values.length === 0) return [first];
    return [{ ...first, value: values.length === 1 ? values[0] : fc.oneof(...values) }];
  });
}

/**
 * A node with a choice (oneOf, anyOf, if/then/else), mutated branch by branch: within one branch, each
 * constraint (the branch's own, at `anyOf/1/...`, or the node's, at its path) is broken alone while the
 * rest of that branch holds. The oracle then keeps a value only if no other branch accepts it, so its one
 * reason is the constraint broken. Plus values of a type no branch allows, and for oneOf values two
 * branches accept at once.
 */
export function compositeMutations(
  view: SchemaView,
  site: Site,
  branches: Branch[],
  walk: ViewWalker,
): NodeMutation[] {
  const inside = branches.flatMap((branch) => {
    const fixed = branch.discriminatorProperty;
    const at = fixed === undefined ? undefined : `${site.instancePath}/${escapePointerSegment(fixed)}`;
    // The discriminator's value is fixed by the branch: changing it changes the branch, not the validity.
    return walk(branch.constraints, site).filter(
      (mutation) =>
        at === undefined ||
        !(mutation.reason.instancePath === at || mutation.reason.instancePath.startsWith(`${at}/`)),
    );
  });
  const exclusive = branches[0]?.keyword === 'oneOf' ? twoBranches(view, site) : [];
  return [...typeNoBranchAllows(view, site, branches), ...merged(inside), ...exclusive];
}
