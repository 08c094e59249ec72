import type fc from 'fast-check';
import { escapePointerSegment, fromPointer } from '../../../core/json-pointer.ts';
import type { Reason, ReasonLocation } from '../../types.ts';
import type { JsonSchema } from '../../../schema/types.ts';
import type { GenContext } from '../gen-context.ts';
import { keywordPath, type SchemaView } from '../schema-view.ts';

/** Where a node stands: its schema path (`#/properties/name`), its instance path (`/name`) and how to call it. */
export interface Site {
  location: ReasonLocation;
  schemaPath: string;
  instancePath: string;
  /** What the value is called in descriptions (a parameter's name); the location when unset. */
  name?: string;
  /** Schemas a coverage walk has taken the boundaries of (shared by every site of one walk). */
  walked?: Set<unknown>;
}

/** One way to break exactly one constraint of a node; `value` yields whole values of the node. */
export interface NodeMutation {
  reason: Reason;
  /** Undefined when the mutation cannot be generated; `why` says so. */
  value?: fc.Arbitrary<unknown>;
  why?: string;
  /** Words for one sample, given the value found at the reason's instance path. */
  describe?: (atInstancePath: unknown) => string;
}

/** Walks a sub-schema for mutations (passed down so structural mutations need not import the walker). */
export type MutationWalker = (schema: JsonSchema | undefined, site: Site, ctx: GenContext) => NodeMutation[];

export function rootSite(location: ReasonLocation, name?: string): Site {
  const site: Site = { location, schemaPath: '#', instancePath: '' };
  if (name !== undefined) site.name = name;
  return site;
}

/** The site of a child: `key` is appended to the instance path, `schemaSuffix` to the keyword's schema path. */
export function childSite(
  parent: Site,
  view: SchemaView,
  keyword: string,
  schemaSuffix: string,
  key: string,
): Site {
  const keywordAt = keywordPath(
    view,
    parent.schemaPath,
    keyword,
    schemaSuffix === '' ? undefined : schemaSuffix,
  );
  return {
    ...parent,
    schemaPath: schemaSuffix === '' ? keywordAt : `${keywordAt}/${escapePointerSegment(schemaSuffix)}`,
    instancePath: `${parent.instancePath}/${escapePointerSegment(key)}`,
  };
}

/** `name`, `tags.0.label`, or `body` (the location) for the root; below a named root, `limit.min`. */
export function labelOf(site: Site, instancePath = site.instancePath): string {
  const segments = fromPointer(instancePath);
  if (site.name !== undefined) return [site.name, ...segments].join('.');
  return segments.length === 0 ? site.location : segments.join('.');
}

/** A reason for a keyword of the node at `site`. */
export function reasonFor(
  site: Site,
  view: SchemaView,
  keyword: string,
  description: string,
  property?: string,
): Reason {
  const reason: Reason = {
    location: site.location,
    keyword,
    schemaPath: keywordPath(view, site.schemaPath, keyword, keyword === 'required' ? property : undefined),
    instancePath: site.instancePath,
    description,
  };
  return property === undefined ? reason : { ...reason, property };
}

/** A short JSON rendering of a value for descriptions; a cut never splits a surrogate pair. */
export function preview(value: unknown, max = 40): string {
  const text = JSON.stringify(value) ?? String(value);
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** The same mutation one level up: a parent value whose child comes from the child mutation. */
export function wrapped(
  mutation: NodeMutation,
  wrap: (value: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>,
): NodeMutation {
  return mutation.value === undefined ? mutation : { ...mutation, value: wrap(mutation.value) };
}
